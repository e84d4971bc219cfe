"""Files other tools wrote: cell checks shared by every import, Snipe-IT, MDM (Intune, Jamf) and HR lists."""
