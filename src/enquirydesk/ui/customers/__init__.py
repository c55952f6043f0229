"""The Customers page: the directory, the customer card, editing and merging."""
