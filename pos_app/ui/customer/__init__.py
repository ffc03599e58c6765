"""The customer-facing display: a second window that shows the shopper the sale."""

from pos_app.ui.customer.display import CustomerDisplay
from pos_app.ui.customer.placement import pick_customer_screen
from pos_app.ui.customer.prompt import CustomerLine, PaymentPrompt

__all__ = ["CustomerDisplay", "CustomerLine", "PaymentPrompt", "pick_customer_screen"]
