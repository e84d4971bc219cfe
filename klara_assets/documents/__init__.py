"""Documents: PDF rendering (reportlab) and QR matrices (qrcode), pure functions over frozen data objects."""
