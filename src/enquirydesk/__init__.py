"""EnquiryDesk: a desktop sales enquiry tracker for small shops."""

__version__ = "0.1.0"
