"""Shift screens: open a shift, pay-ins and pay-outs, close with the drawer count, the reports.

The pages work alone or together in :class:`~pos_app.ui.shift.shift_screen.ShiftScreen`; all
of them read and write the shift book directly and the journal through
:class:`~pos_app.services.shift_reports.ShiftReports`, so they work offline.
"""
