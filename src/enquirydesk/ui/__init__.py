"""The Qt Widgets interface. Only this package (and `enquirydesk.app`) imports Qt."""
