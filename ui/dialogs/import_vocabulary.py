"""What the import wizard calls the fields a column is read into, and the kinds of file it recognises.

Marked in the wizard's own translation context ("ImportWizard"), where the wizard translates them.
"""

from __future__ import annotations

from ui.tr_noop import QT_TRANSLATE_NOOP

FIELD_LABELS: dict[str, str] = {
    "tag": QT_TRANSLATE_NOOP("ImportWizard", "Tag"),
    "status": QT_TRANSLATE_NOOP("ImportWizard", "Status"),
    "category": QT_TRANSLATE_NOOP("ImportWizard", "Category"),
    "manufacturer": QT_TRANSLATE_NOOP("ImportWizard", "Manufacturer"),
    "model": QT_TRANSLATE_NOOP("ImportWizard", "Model"),
    "serial": QT_TRANSLATE_NOOP("ImportWizard", "Serial number"),
    "imei": QT_TRANSLATE_NOOP("ImportWizard", "IMEI"),
    "imei2": QT_TRANSLATE_NOOP("ImportWizard", "Second IMEI"),
    "purchased_on": QT_TRANSLATE_NOOP("ImportWizard", "Purchase date"),
    "price": QT_TRANSLATE_NOOP("ImportWizard", "Price"),
    "supplier": QT_TRANSLATE_NOOP("ImportWizard", "Supplier"),
    "order_no": QT_TRANSLATE_NOOP("ImportWizard", "Order number"),
    "warranty_end": QT_TRANSLATE_NOOP("ImportWizard", "End of warranty"),
    "os": QT_TRANSLATE_NOOP("ImportWizard", "Operating system"),
    "storage_kind": QT_TRANSLATE_NOOP("ImportWizard", "Storage kind"),
    "storage_gb": QT_TRANSLATE_NOOP("ImportWizard", "Storage (GB)"),
    "encryption_state": QT_TRANSLATE_NOOP("ImportWizard", "Encryption"),
    "encryption_method": QT_TRANSLATE_NOOP("ImportWizard", "Encryption method"),
    "encryption_checked_at": QT_TRANSLATE_NOOP("ImportWizard", "Encryption checked on"),
    "recovery_key_escrow": QT_TRANSLATE_NOOP("ImportWizard", "Recovery key escrowed in"),
    "weight_kg": QT_TRANSLATE_NOOP("ImportWizard", "Weight (kg)"),
    "condition": QT_TRANSLATE_NOOP("ImportWizard", "Condition"),
    "location": QT_TRANSLATE_NOOP("ImportWizard", "Location"),
    "holder_email": QT_TRANSLATE_NOOP("ImportWizard", "Holder's e-mail"),
    "holder_name": QT_TRANSLATE_NOOP("ImportWizard", "Holder's name"),
    "holder_username": QT_TRANSLATE_NOOP("ImportWizard", "Holder's user name"),
    "notes": QT_TRANSLATE_NOOP("ImportWizard", "Notes"),
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Device name (to notes)"),
    "model_number": QT_TRANSLATE_NOOP("ImportWizard", "Model number (to notes)"),
    "warranty_months": QT_TRANSLATE_NOOP("ImportWizard", "Warranty (months)"),
}
# What the columns of people, locations and MDM files are read into (shown, not chosen: their vocabulary is fixed).
OTHER_LABELS: dict[str, str] = {
    "name": QT_TRANSLATE_NOOP("ImportWizard", "Name"),
    "first_name": QT_TRANSLATE_NOOP("ImportWizard", "First name"),
    "last_name": QT_TRANSLATE_NOOP("ImportWizard", "Last name"),
    "email": QT_TRANSLATE_NOOP("ImportWizard", "E-mail"),
    "employee_no": QT_TRANSLATE_NOOP("ImportWizard", "Employee number"),
    "department": QT_TRANSLATE_NOOP("ImportWizard", "Department"),
    "location": QT_TRANSLATE_NOOP("ImportWizard", "Location"),
    "started_on": QT_TRANSLATE_NOOP("ImportWizard", "Start date"),
    "left_on": QT_TRANSLATE_NOOP("ImportWizard", "Leaving date"),
    "parent": QT_TRANSLATE_NOOP("ImportWizard", "Site (parent location)"),
    "address1": QT_TRANSLATE_NOOP("ImportWizard", "Address"),
    "address2": QT_TRANSLATE_NOOP("ImportWizard", "Address (line 2)"),
    "zip": QT_TRANSLATE_NOOP("ImportWizard", "Postcode"),
    "city": QT_TRANSLATE_NOOP("ImportWizard", "City"),
    "state": QT_TRANSLATE_NOOP("ImportWizard", "State or region"),
    "country": QT_TRANSLATE_NOOP("ImportWizard", "Country"),
    "device": QT_TRANSLATE_NOOP("ImportWizard", "Device name"),
    "serial": QT_TRANSLATE_NOOP("ImportWizard", "Serial number"),
    "imei": QT_TRANSLATE_NOOP("ImportWizard", "IMEI"),
    "user": QT_TRANSLATE_NOOP("ImportWizard", "User's e-mail"),
    "encrypted": QT_TRANSLATE_NOOP("ImportWizard", "Encryption"),
    "filevault": QT_TRANSLATE_NOOP("ImportWizard", "FileVault status"),
    "checked": QT_TRANSLATE_NOOP("ImportWizard", "Last check-in"),
    "os": QT_TRANSLATE_NOOP("ImportWizard", "Operating system"),
    "os_version": QT_TRANSLATE_NOOP("ImportWizard", "System version"),
    "manufacturer": QT_TRANSLATE_NOOP("ImportWizard", "Manufacturer"),
    "model": QT_TRANSLATE_NOOP("ImportWizard", "Model"),
}
KIND_NAMES: dict[str, str] = {
    "klara": QT_TRANSLATE_NOOP("ImportWizard", "Klara Assets export"),
    "snipeit": QT_TRANSLATE_NOOP("ImportWizard", "Snipe-IT asset export"),
    "snipeit_users": QT_TRANSLATE_NOOP("ImportWizard", "Snipe-IT users export (people)"),
    "snipeit_locations": QT_TRANSLATE_NOOP("ImportWizard", "Snipe-IT locations export"),
    "people": QT_TRANSLATE_NOOP("ImportWizard", "list of people (HR)"),
    "intune": QT_TRANSLATE_NOOP("ImportWizard", "Intune export (all devices)"),
    "intune_encryption": QT_TRANSLATE_NOOP("ImportWizard", "Intune encryption report"),
    "jamf": QT_TRANSLATE_NOOP("ImportWizard", "Jamf Pro computers export"),
}
