"""Expected errors in the user's language: the service's stable `code` picks a translated sentence.

Codes without an entry fall back to the service's English message, so a new refusal is never silent.
Areas add their codes to `MESSAGES` (placeholders are the error's params).
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QCoreApplication

from klara_assets.domain.errors import KlaraError
from ui.tr_noop import QT_TRANSLATE_NOOP
from ui.widgets.display import status_name
from ui.widgets.eol_names import batch_status_name

MESSAGES: dict[str, str] = {
    "conflict": QT_TRANSLATE_NOOP(
        "errors", "This record was changed by someone else. Reload it and apply your change again."
    ),
    "stale_version": QT_TRANSLATE_NOOP(
        "errors", "This record was changed by someone else. Reload it and apply your change again."
    ),
    "db_locked": QT_TRANSLATE_NOOP("errors", "The database is locked by another program. Try again in a moment."),
    "db_read_only": QT_TRANSLATE_NOOP("errors", "The database is read-only: changes cannot be saved."),
    "db_corrupt": QT_TRANSLATE_NOOP("errors", "The database file is corrupt or is not a Klara Assets database."),
    "db_unreachable": QT_TRANSLATE_NOOP("errors", "The database server cannot be reached."),
    # Issue 11: lost connections, databases that are not ours, read-only media, a damaged history.
    "db_connection_lost": QT_TRANSLATE_NOOP(
        "errors",
        "The connection to the database server was lost: this change was not saved and nothing changed. "
        "Try again once the connection is back.",
    ),
    "db_not_ours": QT_TRANSLATE_NOOP(
        "errors", "This file is not a Klara Assets database (it belongs to another program); it was left untouched."
    ),
    "db_empty_file": QT_TRANSLATE_NOOP(
        "errors",
        "This file is empty, not a Klara Assets database; it was left untouched. "
        "Run “klara-assets init” on it to make it one.",
    ),
    "db_history_damaged": QT_TRANSLATE_NOOP(
        "errors",
        "The database's migration history is damaged: nothing was changed. Restore a backup.",
    ),
    "db_read_only_old": QT_TRANSLATE_NOOP(
        "errors",
        "The database is read-only and was made by an older version: copy it to a writable folder to upgrade it.",
    ),
    "db_auth": QT_TRANSLATE_NOOP("errors", "The database server refused the user name or password."),
    "db_missing": QT_TRANSLATE_NOOP("errors", "The database does not exist."),
    "schema_too_new": QT_TRANSLATE_NOOP(
        "errors", "This database was upgraded by a newer version of Klara Assets. Install the newer version to open it."
    ),
    "invalid_imei": QT_TRANSLATE_NOOP(
        "errors", "This IMEI is not valid: an IMEI has 15 digits and a correct check digit."
    ),
    "invalid_siret": QT_TRANSLATE_NOOP(
        "errors", "This SIRET is not valid: a SIRET has 14 digits and a correct check digit."
    ),
    "invalid_email": QT_TRANSLATE_NOOP("errors", "This e-mail address is not valid."),
    "invalid_tag": QT_TRANSLATE_NOOP(
        "errors", "This tag is not valid: use letters, digits and - . / _ (at most 40 characters)."
    ),
    "date_in_future": QT_TRANSLATE_NOOP("errors", "This date is in the future."),
    "invalid_date": QT_TRANSLATE_NOOP("errors", "This date is not valid."),
    "negative_amount": QT_TRANSLATE_NOOP("errors", "This amount must be positive."),
    "unknown_location": QT_TRANSLATE_NOOP(
        "errors", "This location does not exist yet: add it on the Locations page first."
    ),
    "recovery_key_refused": QT_TRANSLATE_NOOP(
        "errors",
        "This looks like a recovery key. Record where the key is escrowed, never the key itself: the key lives in"
        " the MDM (Intune, Jamf) or the escrow service.",
    ),
    "warranty_before_purchase": QT_TRANSLATE_NOOP("errors", "The warranty cannot end before the purchase date."),
    "asset_read_only": QT_TRANSLATE_NOOP(
        "errors", "This device has reached a final status: only its notes can change."
    ),
    "encryption_required": QT_TRANSLATE_NOOP(
        "errors",
        "Encryption policy: this device must be encrypted before check-out. A manager override needs a reason.",
    ),
    "person_inactive": QT_TRANSLATE_NOOP("errors", "This person has left the company."),
    "reason_required": QT_TRANSLATE_NOOP("errors", "A reason is required."),
    "duplicate_email": QT_TRANSLATE_NOOP("errors", "This e-mail address is already used by another person."),
    "duplicate_location": QT_TRANSLATE_NOOP("errors", "This location already exists."),
    "duplicate_serial": QT_TRANSLATE_NOOP("errors", "This serial number is already used by another device."),
    "duplicate_imei": QT_TRANSLATE_NOOP("errors", "This IMEI is already used by another device."),
    "duplicate_imei2": QT_TRANSLATE_NOOP("errors", "This IMEI is already used by another device."),
    "nothing_to_change": QT_TRANSLATE_NOOP("errors", "Choose a location or a category to apply."),
    "nothing_selected": QT_TRANSLATE_NOOP("errors", "Select at least one device."),
    "name_required": QT_TRANSLATE_NOOP("errors", "The name is required."),
    "category_required": QT_TRANSLATE_NOOP("errors", "The category is required."),
    "database_not_empty": QT_TRANSLATE_NOOP(
        "errors", "The database is not empty: demo data only goes into an empty database."
    ),
    "organisation_required": QT_TRANSLATE_NOOP("errors", "The organisation's name is required."),
    "already_started": QT_TRANSLATE_NOOP(
        "errors", "This database is no longer empty: someone filled it since the welcome dialog opened."
    ),
    "import_refused": QT_TRANSLATE_NOOP("errors", "Nothing was imported: correct these rows and try again."),
    "invalid_location": QT_TRANSLATE_NOOP("errors", "The site is required (the room may stay empty)."),
    "invalid_setting": QT_TRANSLATE_NOOP("errors", "This value is not accepted for this setting."),
    "too_long": QT_TRANSLATE_NOOP("errors", "This text is too long."),
    "no_device": QT_TRANSLATE_NOOP("errors", "Select at least one device to check out."),
    "override_reason_required": QT_TRANSLATE_NOOP(
        "errors", "An encryption override needs a reason: who decided it, and why."
    ),
    "due_in_past": QT_TRANSLATE_NOOP("errors", "The due date is already past."),
    "already_assigned": QT_TRANSLATE_NOOP("errors", "This device is already checked out: check it in first."),
    "not_assigned": QT_TRANSLATE_NOOP("errors", "This device is not checked out to anyone."),
    "condition_required": QT_TRANSLATE_NOOP("errors", "Record the condition at return."),
    "invalid_time": QT_TRANSLATE_NOOP("errors", "This time is not valid."),
    "time_in_future": QT_TRANSLATE_NOOP("errors", "This time is in the future."),
    "discovered_before_occurred": QT_TRANSLATE_NOOP("errors", "The incident cannot be discovered before it occurred."),
    "step_before_discovery": QT_TRANSLATE_NOOP("errors", "A step cannot happen before the incident was discovered."),
    "incident_closed": QT_TRANSLATE_NOOP("errors", "This incident is already closed."),
    "outcome_mismatch": QT_TRANSLATE_NOOP(
        "errors",
        "This outcome does not fit this kind of incident "
        "(recovered or written off for a loss or theft, repaired otherwise).",
    ),
    "inspection_required": QT_TRANSLATE_NOOP("errors", "A recovered device needs an inspection note."),
    "incident_not_found": QT_TRANSLATE_NOOP("errors", "This incident does not exist."),
    "permission_denied": QT_TRANSLATE_NOOP(
        "errors", "Not allowed: this needs the permission “{permission}”, which operator {operator} does not have."
    ),
    "login_failed": QT_TRANSLATE_NOOP("errors", "Login or password incorrect."),
    "login_required": QT_TRANSLATE_NOOP("errors", "This database requires an operator login."),
    "password_too_short": QT_TRANSLATE_NOOP("errors", "A password needs at least {minimum} characters."),
    "password_mismatch": QT_TRANSLATE_NOOP("errors", "The two passwords differ."),
    "invalid_login": QT_TRANSLATE_NOOP(
        "errors", "A login has 2 to 100 letters, digits and . _ @ -, and starts with a letter or a digit."
    ),
    "duplicate_login": QT_TRANSLATE_NOOP("errors", "This login is already taken."),
    "role_required": QT_TRANSLATE_NOOP("errors", "Choose at least one role."),
    "last_administrator": QT_TRANSLATE_NOOP(
        "errors", "This is the last active administrator: make another operator administrator first."
    ),
    "first_operator_admin": QT_TRANSLATE_NOOP("errors", "The first operator account must be an administrator."),
    "operator_inactive": QT_TRANSLATE_NOOP("errors", "This operator account is already deactivated."),
    "keyring": QT_TRANSLATE_NOOP(
        "errors", "The system keyring did not accept the password: untick “Remember the password” and try again."
    ),
    # import, export, backups, environmental report
    "no_known_column": QT_TRANSLATE_NOOP("errors", "The file's first row names no column Klara Assets knows."),
    "empty_file": QT_TRANSLATE_NOOP("errors", "The file is empty."),
    "not_a_table": QT_TRANSLATE_NOOP("errors", "This is not a CSV or Excel (.xlsx) file."),
    "old_excel": QT_TRANSLATE_NOOP("errors", "This is an old Excel .xls workbook: save it as .xlsx or CSV first."),
    "bad_encoding": QT_TRANSLATE_NOOP("errors", "The file's text cannot be read in the encoding found."),
    "malformed_csv": QT_TRANSLATE_NOOP("errors", "The file is not valid CSV."),
    "file_not_found": QT_TRANSLATE_NOOP("errors", "This file does not exist."),
    "bad_extension": QT_TRANSLATE_NOOP("errors", "The file name must end in .csv, .xlsx or .pdf as offered."),
    "folder_missing": QT_TRANSLATE_NOOP("errors", "This folder does not exist."),
    "file_exists": QT_TRANSLATE_NOOP("errors", "This file already exists: choose a new name."),
    "backup_postgres": QT_TRANSLATE_NOOP(
        "errors", "This is a PostgreSQL database: back it up with pg_dump on the server."
    ),
    "not_a_backup": QT_TRANSLATE_NOOP("errors", "This file is not a Klara Assets backup. Nothing was changed."),
    "backup_corrupt": QT_TRANSLATE_NOOP("errors", "This backup is damaged. Nothing was changed."),
    "same_file": QT_TRANSLATE_NOOP("errors", "This backup is the open database itself."),
    "invalid_year": QT_TRANSLATE_NOOP("errors", "There is no environmental report for this year."),
    "invalid_factor": QT_TRANSLATE_NOOP("errors", "This emission factor is not accepted."),
    "invalid_keep": QT_TRANSLATE_NOOP("errors", "Keep at least one automatic backup."),
    # end of life, batches, partners, certificates
    "partner_not_certified": QT_TRANSLATE_NOOP(
        "errors",
        "The batch cannot be closed: its partner holds no certification valid on the pickup date "
        "(R2v3, e-Stewards or WEEELABEX; ISO 14001 for a social economy partner).",
    ),
    "batch_status_forbids": QT_TRANSLATE_NOOP("errors", "The batch's state does not allow this action."),
    "device_unfit": QT_TRANSLATE_NOOP(
        "errors",
        "These devices cannot join this batch: each must be routed this batch's way, checked in and in no other batch.",
    ),
    "not_in_batch": QT_TRANSLATE_NOOP("errors", "These devices are not in this batch."),
    "batch_empty": QT_TRANSLATE_NOOP(
        "errors",
        "This batch holds no device: add devices first (a sanitization certificate needs devices with storage).",
    ),
    "not_eco_organisme": QT_TRANSLATE_NOOP("errors", "This partner is not an eco-organisme."),
    "already_revoked": QT_TRANSLATE_NOOP("errors", "This certificate is already revoked."),
    "certificate_not_found": QT_TRANSLATE_NOOP("errors", "No certificate has this number."),
    "duplicate_partner": QT_TRANSLATE_NOOP("errors", "A partner with this name already exists."),
    "signing_key_missing": QT_TRANSLATE_NOOP("errors", "The signing key file does not exist."),
    "signing_key_unreadable": QT_TRANSLATE_NOOP(
        "errors", "The signing key cannot be opened: wrong password, or not a PKCS#12 (.p12 or .pfx) file."
    ),
    "sanitization_required": QT_TRANSLATE_NOOP(
        "errors", "This device has storage: record a passed sanitization (Clear or Purge) before routing it."
    ),
    "destroyed_media": QT_TRANSLATE_NOOP(
        "errors", "Its storage was destroyed during sanitization: the device can only go to recycling."
    ),
    "no_storage": QT_TRANSLATE_NOOP(
        "errors",
        "This device has no storage, so there is nothing to sanitize. Correct its storage first if it has one.",
    ),
    "invalid_waste_code": QT_TRANSLATE_NOOP(
        "errors", "This waste code is not valid: use the six-digit European code, e.g. 16 02 14 or 20 01 35*."
    ),
    "invalid_scheme": QT_TRANSLATE_NOOP("errors", "This certification scheme is not known."),
    "tool_required": QT_TRANSLATE_NOOP("errors", "Name the sanitization tool (and its version)."),
    "technique_required": QT_TRANSLATE_NOOP("errors", "Choose the sanitization technique."),
    "operator_name_required": QT_TRANSLATE_NOOP("errors", "Name the person who performed the sanitization."),
    # scan station and audits
    "audit_already_open": QT_TRANSLATE_NOOP(
        "errors", "An audit of this location is already open: continue it or close it first."
    ),
    "audit_closed": QT_TRANSLATE_NOOP("errors", "This audit is closed: start a new audit to scan again."),
    "audit_already_closed": QT_TRANSLATE_NOOP("errors", "This audit is already closed."),
    "not_unexpected": QT_TRANSLATE_NOOP(
        "errors", "Only a device scanned as unexpected in this audit can be moved to the audited location."
    ),
    "empty_scan": QT_TRANSLATE_NOOP("errors", "Nothing was scanned: the code is empty."),
    "audit_not_found": QT_TRANSLATE_NOOP("errors", "This audit does not exist."),
    "bad_image": QT_TRANSLATE_NOOP("errors", "This file is not a readable image (PNG, JPEG…)."),
    "image_not_found": QT_TRANSLATE_NOOP("errors", "This image file does not exist."),
    # Issue 16: attachments, waste register, erasure reports, gifts to staff.
    "attachment_empty": QT_TRANSLATE_NOOP("errors", "This file is empty: there is nothing to attach."),
    "attachment_too_large": QT_TRANSLATE_NOOP(
        "errors", "This file is too large to attach ({size_mb} MB; the limit is {limit_mb} MB, see the settings)."
    ),
    "attachment_executable": QT_TRANSLATE_NOOP("errors", "Programs and scripts cannot be attached."),
    "attachment_not_found": QT_TRANSLATE_NOOP("errors", "This attachment does not exist."),
    "attachment_damaged": QT_TRANSLATE_NOOP(
        "errors", "The stored copy of this attachment does not match its SHA-256: it is damaged."
    ),
    "wrong_format": QT_TRANSLATE_NOOP("errors", "The file is not in the chosen format: choose “Detect”."),
    "unknown_column": QT_TRANSLATE_NOOP("errors", "The file has no column of that name."),
    "unknown_field": QT_TRANSLATE_NOOP("errors", "A column can only be read into a device field, or ignored."),
    "invalid_treatment_code": QT_TRANSLATE_NOOP(
        "errors", "This treatment code is not valid: use R1 to R13 (recovery) or D1 to D15 (disposal), e.g. R4."
    ),
    "invalid_siren": QT_TRANSLATE_NOOP("errors", "This SIREN is not valid: a SIREN has 9 digits and a check digit."),
    "donation_cap_exceeded": QT_TRANSLATE_NOOP(
        "errors",
        "This gift would take the employee above the yearly cap of €2,000 of cost price (CGI art. 81, 31° bis).",
    ),
    "cost_price_required": QT_TRANSLATE_NOOP(
        "errors", "The device has no cost price: record its purchase price first (the yearly cap counts it)."
    ),
    "purchase_date_required": QT_TRANSLATE_NOOP(
        "errors", "The device has no purchase date: record it first (its depreciation depends on it)."
    ),
    "donation_not_found": QT_TRANSLATE_NOOP("errors", "This device was not given to anyone."),
    "report_not_parsed": QT_TRANSLATE_NOOP(
        "errors",
        "This report cannot be read automatically: fill in the method, technique, tool and verification "
        "yourself (the report is attached and cited all the same).",
    ),
    "sanitization_not_found": QT_TRANSLATE_NOOP("errors", "This sanitization record does not exist."),
    "batch_not_found": QT_TRANSLATE_NOOP("errors", "This disposal batch does not exist."),
    "file_unreadable": QT_TRANSLATE_NOOP("errors", "The file cannot be read."),
    # issue 12: no silent wrong data
    "ambiguous_number": QT_TRANSLATE_NOOP(
        "errors", "This number is ambiguous: 1,299 may mean 1299 or 1.299. Write 1 299,00 or 1299.00."
    ),
    "out_of_range": QT_TRANSLATE_NOOP("errors", "This value is out of range."),
    "invalid_number": QT_TRANSLATE_NOOP("errors", "This is not a valid number."),
    "date_too_old": QT_TRANSLATE_NOOP("errors", "This date is before 1980: check the year."),
    "control_character": QT_TRANSLATE_NOOP(
        "errors", "This text contains a control character or a direction override: type plain text."
    ),
    "field_required": QT_TRANSLATE_NOOP("errors", "This field is required."),
    "imei2_same": QT_TRANSLATE_NOOP("errors", "The second IMEI is the same as the first one."),
    "storage_none_reason_required": QT_TRANSLATE_NOOP(
        "errors",
        "Saying this device has no storage lets it leave without a sanitization: give the reason.",
    ),
    "encryption_recheck": QT_TRANSLATE_NOOP(
        "errors",
        "This device is recorded encrypted but its check is missing or too old: re-check it before check-out,"
        " or give a manager override.",
    ),
    "signing_certificate_expired": QT_TRANSLATE_NOOP(
        "errors", "The signing certificate has expired: renew it before signing."
    ),
    "signing_certificate_not_yet_valid": QT_TRANSLATE_NOOP("errors", "The signing certificate is not valid yet."),
    "signing_certificate_usage": QT_TRANSLATE_NOOP(
        "errors", "This certificate does not allow digital signatures: use a signing certificate."
    ),
    "backup_source_damaged": QT_TRANSLATE_NOOP(
        "errors", "The database is damaged: no backup was written. Restore the latest good backup."
    ),
    "backup_copy_damaged": QT_TRANSLATE_NOOP("errors", "The backup written does not check out: it was deleted."),
    "backup_log_broken": QT_TRANSLATE_NOOP(
        "errors", "The activity log of this backup does not verify: it is not restored."
    ),
    "backup_no_history": QT_TRANSLATE_NOOP(
        "errors", "This file has the tables of Klara Assets but no valid migration history: it is not restored."
    ),
    # issue 17: kept receipts, signatures, reminders
    "receipt_not_found": QT_TRANSLATE_NOOP("errors", "This receipt does not exist."),
    "signature_empty": QT_TRANSLATE_NOOP("errors", "A signature is empty: sign in the box first."),
    "signer_name_required": QT_TRANSLATE_NOOP("errors", "A signature needs the signer's name."),
    "invalid_signer_role": QT_TRANSLATE_NOOP("errors", "Unknown signer: the holder or the IT representative."),
    "signature_twice": QT_TRANSLATE_NOOP("errors", "Each signer signs once."),
    "signature_too_large": QT_TRANSLATE_NOOP("errors", "The signature has too many points: clear it and sign again."),
    "scan_empty": QT_TRANSLATE_NOOP("errors", "The scan file is empty."),
    "scan_too_large": QT_TRANSLATE_NOOP("errors", "The scan is larger than 20 MB."),
    "scan_not_supported": QT_TRANSLATE_NOOP("errors", "The scan must be a PDF, PNG or JPEG file."),
    "scan_unreadable": QT_TRANSLATE_NOOP("errors", "The scan file cannot be read."),
    "snooze_not_future": QT_TRANSLATE_NOOP("errors", "Snooze until a day after today."),
    "unknown_reminder": QT_TRANSLATE_NOOP("errors", "This reminder no longer exists."),
    "invalid_days": QT_TRANSLATE_NOOP("errors", "The number of days must be between 0 and 365."),
    "output_is_folder": QT_TRANSLATE_NOOP("errors", "This is a folder: give a file name. Nothing was saved."),
    "output_folder_missing": QT_TRANSLATE_NOOP("errors", "This folder does not exist. Nothing was saved."),
    "output_not_writable": QT_TRANSLATE_NOOP("errors", "You may not write in this folder. Nothing was saved."),
    "disk_full": QT_TRANSLATE_NOOP("errors", "The disk is full: nothing was saved. Free some space and try again."),
    "output_failed": QT_TRANSLATE_NOOP("errors", "The file could not be written. Nothing was saved."),
    "output_failed_after_save": QT_TRANSLATE_NOOP(
        "errors", "The change is saved, but its file could not be written: write it again."
    ),
    # issue 14 §4: a found device (i14b)
    "not_missing": QT_TRANSLATE_NOOP("errors", "This device is not reported lost or stolen: nothing to recover."),
    "move_missing_device": QT_TRANSLATE_NOOP(
        "errors", "This device is reported lost or stolen: mark it found (its incident is closed) instead of moving it."
    ),
    # issue 14 (i14a): every service code has its sentence; no English in the French window
    "asset_not_found": QT_TRANSLATE_NOOP("errors", "No device has this tag."),
    "person_not_found": QT_TRANSLATE_NOOP("errors", "No person has this e-mail address."),
    "operator_not_found": QT_TRANSLATE_NOOP("errors", "No operator has this login."),
    "partner_not_found": QT_TRANSLATE_NOOP("errors", "No partner has this name."),
    "certification_not_found": QT_TRANSLATE_NOOP("errors", "This partner has no certification with this number."),
    "not_found": QT_TRANSLATE_NOOP("errors", "This record does not exist."),
    "attachment_name_required": QT_TRANSLATE_NOOP(
        "errors", "The attachment needs a file name (at most 255 characters)."
    ),
    "bad_format": QT_TRANSLATE_NOOP("errors", "This export format is not known: use .csv, .xlsx or .pdf."),
    "unknown_format": QT_TRANSLATE_NOOP(
        "errors", "The format cannot be told from the file name: end it with .csv, .xlsx or .pdf."
    ),
    "bad_map": QT_TRANSLATE_NOOP("errors", "A column mapping reads COLUMN=field (or COLUMN=ignore)."),
    "certification_number_required": QT_TRANSLATE_NOOP("errors", "A certification needs its number."),
    "valid_until_required": QT_TRANSLATE_NOOP("errors", "A certification needs the date it is valid until."),
    "invalid_certification": QT_TRANSLATE_NOOP(
        "errors", "This certification is not valid: write SCHEME:NUMBER:YYYY-MM-DD."
    ),
    "database_problem": QT_TRANSLATE_NOOP("errors", "The database cannot be used."),
    "db_unavailable": QT_TRANSLATE_NOOP(
        "errors", "The database cannot be reached now: nothing was changed. Try again."
    ),
    "db_cannot_open": QT_TRANSLATE_NOOP("errors", "The database cannot be opened."),
    "db_error": QT_TRANSLATE_NOOP("errors", "The database refused the operation: nothing was changed."),
    "db_folder_missing": QT_TRANSLATE_NOOP("errors", "The database's folder does not exist."),
    "integrity": QT_TRANSLATE_NOOP("errors", "The database refused the change: nothing was changed."),
    "schema_mismatch": QT_TRANSLATE_NOOP(
        "errors", "This database is not at this program's version: it must be upgraded first."
    ),
    "email_required": QT_TRANSLATE_NOOP("errors", "The e-mail address is required (people are matched by it)."),
    "input_is_folder": QT_TRANSLATE_NOOP("errors", "This is a folder: choose a file."),
    "input_missing": QT_TRANSLATE_NOOP("errors", "This file does not exist."),
    "invalid_choice": QT_TRANSLATE_NOOP("errors", "This value is not one of the accepted choices."),
    "invalid_count": QT_TRANSLATE_NOOP("errors", "The demo fleet takes between 1 and 1,000,000 devices."),
    "invalid_language": QT_TRANSLATE_NOOP("errors", "The document language is French or English."),
    "invalid_layout": QT_TRANSLATE_NOOP("errors", "This label layout is incomplete."),
    "unknown_layout": QT_TRANSLATE_NOOP("errors", "This label layout is not known."),
    "invalid_skip": QT_TRANSLATE_NOOP("errors", "The sheet has fewer positions than the labels to skip."),
    "no_labels": QT_TRANSLATE_NOOP("errors", "No labels to print: choose at least one device."),
    "invalid_outcome": QT_TRANSLATE_NOOP("errors", "This outcome does not fit this kind of batch."),
    "invalid_pair": QT_TRANSLATE_NOOP("errors", "Write each pair as TAG=VALUE."),
    "invalid_row": QT_TRANSLATE_NOOP("errors", "A value is not accepted: nothing was saved."),
    "invalid_rows": QT_TRANSLATE_NOOP("errors", "Some values are not accepted: nothing was saved."),
    "invalid_transition": QT_TRANSLATE_NOOP("errors", "This action is not allowed for this device now."),
    "status_forbids": QT_TRANSLATE_NOOP("errors", "The device's status does not allow this action."),
    "validation_failed": QT_TRANSLATE_NOOP("errors", "A value is not accepted: nothing was saved."),
    "verification_failed": QT_TRANSLATE_NOOP("errors", "The check did not pass."),
    "error": QT_TRANSLATE_NOOP("errors", "The operation failed: nothing was changed."),
    "no_email_column": QT_TRANSLATE_NOOP(
        "errors", "The file has no e-mail column (people are matched by their e-mail address)."
    ),
    "not_an_mdm_file": QT_TRANSLATE_NOOP(
        "errors", "This is not an MDM export: it needs a serial number (or IMEI) column and an encryption column."
    ),
    "not_returned": QT_TRANSLATE_NOOP("errors", "This device has not been returned yet: there is no return receipt."),
    "number_out_of_range": QT_TRANSLATE_NOOP("errors", "This number is too large."),
    "operator_active": QT_TRANSLATE_NOOP("errors", "This operator account is already active."),
    "output_refused": QT_TRANSLATE_NOOP("errors", "This file cannot be written here. Nothing was saved."),
    "password_missing": QT_TRANSLATE_NOOP("errors", "No password was given."),
    "password_required": QT_TRANSLATE_NOOP("errors", "The signing key needs its password."),
    "sanitization_fields_required": QT_TRANSLATE_NOOP(
        "errors", "Fill in the method, technique, tool and verification, or attach the erasure tool's report."
    ),
    "sanitization_missing": QT_TRANSLATE_NOOP(
        "errors", "No sanitization is recorded for this device: record it before issuing the certificate."
    ),
    "signing_unavailable": QT_TRANSLATE_NOOP("errors", "Signing is not available in this installation."),
    "tag_or_batch": QT_TRANSLATE_NOOP("errors", "Give either a device tag or a batch number."),
    "tags_required": QT_TRANSLATE_NOOP("errors", "Give at least one device tag."),
    "unknown_role": QT_TRANSLATE_NOOP("errors", "This role is not known."),
    "unknown_setting": QT_TRANSLATE_NOOP("errors", "This setting is not known."),
    "duplicate_tag": QT_TRANSLATE_NOOP("errors", "This tag is already used by another device."),
    # Issue 15: loss incidents opened from an audit (one transaction).
    "audit_still_open": QT_TRANSLATE_NOOP(
        "errors", "This audit is still open: close it first, its missing devices are known then."
    ),
    "not_missing_at_audit": QT_TRANSLATE_NOOP("errors", "These devices are not missing at this audit."),
    # issue 17: the e-mail digest (SMTP settings, keyring, sending)
    "smtp_not_configured": QT_TRANSLATE_NOOP(
        "errors", "The e-mail digest is not set up: give the SMTP server and the sender."
    ),
    "smtp_no_recipient": QT_TRANSLATE_NOOP("errors", "The e-mail digest has no recipient: add one."),
    "no_keyring": QT_TRANSLATE_NOOP(
        "errors",
        "This computer has no system keyring: set the environment variable {variable} for the program that "
        "sends the digest instead.",
    ),
    "smtp_user_missing": QT_TRANSLATE_NOOP("errors", "Give the SMTP server and user before the password."),
    "keyring_refused": QT_TRANSLATE_NOOP("errors", "The system keyring did not accept the password."),
    "smtp_password_missing": QT_TRANSLATE_NOOP(
        "errors", "No SMTP password: type it and keep it in the system keyring, or set {variable}."
    ),
    "smtp_unreachable": QT_TRANSLATE_NOOP("errors", "No e-mail sent: the SMTP server {server} cannot be reached."),
    "smtp_no_starttls": QT_TRANSLATE_NOOP(
        "errors", "No e-mail sent: the server {server} does not offer STARTTLS. Choose TLS or check the port."
    ),
    "smtp_tls_failed": QT_TRANSLATE_NOOP("errors", "No e-mail sent: the secure connection to {server} failed."),
    "smtp_auth_refused": QT_TRANSLATE_NOOP(
        "errors", "No e-mail sent: the server {server} refused the user or the password."
    ),
    "smtp_no_auth": QT_TRANSLATE_NOOP(
        "errors", "No e-mail sent: the server {server} offers no login. Leave the user empty or choose STARTTLS."
    ),
    "smtp_recipients_refused": QT_TRANSLATE_NOOP("errors", "No e-mail sent: the server {server} refused a recipient."),
    "smtp_sender_refused": QT_TRANSLATE_NOOP("errors", "No e-mail sent: the server {server} refused the sender."),
    "smtp_failed": QT_TRANSLATE_NOOP("errors", "No e-mail sent: the SMTP session with {server} failed."),
    # issue 13 (i13): start dates, MDM registration
    "start_after_leaving": QT_TRANSLATE_NOOP("errors", "The start date is after the leaving date."),
    "date_out_of_range": QT_TRANSLATE_NOOP("errors", "This date is out of range."),
    "option_not_for_format": QT_TRANSLATE_NOOP(
        "errors", "Registering missing devices applies to MDM files (Intune, Jamf Pro) only."
    ),
    "mail_not_sent": QT_TRANSLATE_NOOP("errors", "No e-mail was sent."),
    # issue 14 (i14b): several devices at once on the end-of-life page
    "no_device_chosen": QT_TRANSLATE_NOOP("errors", "Choose at least one device."),
    # issue 18: peewee no longer imports psycopg2 at start-up; without it a shared database is refused clearly
    "postgres_driver_missing": QT_TRANSLATE_NOOP(
        "errors",
        "The PostgreSQL driver is not installed: install Klara Assets with its shared-mode extra "
        "(pip install 'klara-assets[postgres]') to use a shared database.",
    ),
}

# Issue 14 (i14a): the details of a refusal in the user's language, from the error's parameters. A French
# window never shows the English message: a detailed code without a template here shows its records' names.
DETAILS: dict[str, str] = {
    "status_forbids": QT_TRANSLATE_NOOP("errors", "{tag}: the device is “{status}”."),
    "batch_status_forbids": QT_TRANSLATE_NOOP("errors", "Batch {batch} is “{status}”."),
    "device_unfit": QT_TRANSLATE_NOOP("errors", "Batch {batch}: {tags}."),
    "asset_not_found": QT_TRANSLATE_NOOP("errors", "Unknown tags: {tags}."),
    "status": QT_TRANSLATE_NOOP("errors", "The device is “{status}”."),
}

# Codes whose English message carries details (which record, which row): shown under the translated sentence.
DETAILED = {
    "not_missing_at_audit",
    "db_not_ours",
    "db_history_damaged",
    "attachment_executable",
    "donation_cap_exceeded",
    "no_known_column",
    "not_a_backup",
    "backup_corrupt",
    "invalid_factor",
    "malformed_csv",
    "folder_missing",
    "file_exists",
    "invalid_rows",
    "invalid_row",
    "status_forbids",
    "asset_not_found",
    "person_not_found",
    "invalid_location",
    "import_refused",
    "partner_not_certified",
    "batch_status_forbids",
    "device_unfit",
    "not_in_batch",
    "batch_empty",
    "not_eco_organisme",
    "already_revoked",
    "certificate_not_found",
    "signing_key_missing",
    "signing_key_unreadable",
    "invalid_scheme",
    "audit_already_open",
    "audit_closed",
    "audit_already_closed",
    "not_unexpected",
    "audit_not_found",
    "bad_image",
    "image_not_found",
    "wrong_format",
    "ambiguous_number",
    "out_of_range",
    "date_too_old",
    "control_character",
    "storage_none_reason_required",
    "encryption_recheck",
    "signing_certificate_expired",
    "signing_certificate_not_yet_valid",
    "signing_certificate_usage",
    "backup_source_damaged",
    "backup_copy_damaged",
    "backup_log_broken",
    "backup_no_history",
    "receipt_not_found",
    "signature_empty",
    "output_is_folder",
    "output_folder_missing",
    "output_not_writable",
    "disk_full",
    "output_failed",
    "output_failed_after_save",
    "smtp_unreachable",
    "smtp_tls_failed",
    "smtp_recipients_refused",
    "smtp_failed",
}


def describe(exc: KlaraError) -> str:
    template = MESSAGES.get(exc.code)
    if template is None:
        return exc.message
    text = QCoreApplication.translate("errors", template)
    with contextlib.suppress(KeyError, IndexError, ValueError):
        text = text.format(**exc.params)
    if exc.code in DETAILED or exc.code in DETAILS:
        detail = exc.message if text == template else _detail(exc)  # untranslated: the English window
        if detail:
            text = f"{text}\n\n{detail}"
    return text


def coded_text(code: str, message: str) -> str:
    """One problem's sentence in the user's language when its code has one, else the service's message."""
    template = MESSAGES.get(code)
    text = QCoreApplication.translate("errors", template) if template else message
    return message if text == template else text  # the English window keeps the service's detailed message


def _detail(exc: KlaraError) -> str:
    """The refusal's details in the user's language, from its parameters; never the English message."""
    params = dict(exc.params)
    if "status" in params:
        name = batch_status_name if exc.code == "batch_status_forbids" else status_name
        params["status"] = name(str(params["status"]))
    if isinstance(params.get("tags"), list | tuple):
        params["tags"] = ", ".join(str(t) for t in params["tags"])
    if template := DETAILS.get(exc.code):
        with contextlib.suppress(KeyError, IndexError, ValueError):
            return QCoreApplication.translate("errors", template).format(**params)
    if "status" in params and "tag" not in params:
        return QCoreApplication.translate("errors", DETAILS["status"]).format(status=params["status"])
    names = [str(params[k]) for k in ("tag", "tags", "batch", "number", "login", "email") if params.get(k)]
    return ", ".join(names)


class ShowsFieldErrors(Protocol):
    def show(self, exc: KlaraError) -> bool: ...


def show_refusal(
    exc: BaseException,
    *,
    fields: ShowsFieldErrors | None = None,
    say: Callable[[str], None] | None = None,
    otherwise: Callable[[BaseException], None] | None = None,
) -> None:
    """The one way a dialog answers a refused call: under the field the refusal names (`fields`), else on
    its message line (`say`), else `otherwise` (`UiContext.show_error`: a message box). An unexpected
    error goes to `otherwise`, or is raised to the crash handler when there is none."""
    if isinstance(exc, KlaraError):
        if fields is not None and fields.show(exc):
            return
        if say is not None:
            say(describe(exc))
            return
    if otherwise is None:
        raise exc
    otherwise(exc)
