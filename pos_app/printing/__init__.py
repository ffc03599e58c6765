"""Receipt printers: ESC/POS over TCP, USB, serial, the Windows spooler and CUPS, a raw file,
PDF files and the system printer, chosen by one spec string, run off the GUI thread.

Import from the submodules (``spec``, ``factory``, ``print_queue``, ``errors``): importing
this package loads neither python-escpos nor QtPrintSupport, so the app starts as fast as
before and only pays for a printer when it prints.
"""
