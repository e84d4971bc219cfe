<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>errors</name>
    <message>
        <source>This record was changed by someone else. Reload it and apply your change again.</source>
        <translation>Cette fiche a été modifiée par quelqu’un d’autre. Rechargez-la puis refaites votre modification.</translation>
    </message>
    <message>
        <source>The database is locked by another program. Try again in a moment.</source>
        <translation>La base de données est verrouillée par un autre programme. Réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The database is read-only: changes cannot be saved.</source>
        <translation>La base de données est en lecture seule : les modifications ne peuvent pas être enregistrées.</translation>
    </message>
    <message>
        <source>The database file is corrupt or is not a Klara Assets database.</source>
        <translation>Le fichier de base de données est endommagé ou n’est pas une base Klara Assets.</translation>
    </message>
    <message>
        <source>The database server cannot be reached.</source>
        <translation>Le serveur de base de données est injoignable.</translation>
    </message>
    <message>
        <source>The database server refused the user name or password.</source>
        <translation>Le serveur de base de données a refusé l’identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <source>The database does not exist.</source>
        <translation>La base de données n’existe pas.</translation>
    </message>
    <message>
        <source>This database was upgraded by a newer version of Klara Assets. Install the newer version to open it.</source>
        <translation>Cette base a été mise à niveau par une version plus récente de Klara Assets. Installez cette version pour l’ouvrir.</translation>
    </message>
    <message>
        <source>This IMEI is not valid: an IMEI has 15 digits and a correct check digit.</source>
        <translation>Cet IMEI n’est pas valide : un IMEI compte 15 chiffres et une clé de contrôle correcte.</translation>
    </message>
    <message>
        <source>This SIRET is not valid: a SIRET has 14 digits and a correct check digit.</source>
        <translation>Ce SIRET n’est pas valide : un SIRET compte 14 chiffres et une clé de contrôle correcte.</translation>
    </message>
    <message>
        <source>This e-mail address is not valid.</source>
        <translation>Cette adresse e-mail n’est pas valide.</translation>
    </message>
    <message>
        <source>This tag is not valid: use letters, digits and - . / _ (at most 40 characters).</source>
        <translation>Cette étiquette n’est pas valide : lettres, chiffres et - . / _ (40 caractères au plus).</translation>
    </message>
    <message>
        <source>This date is in the future.</source>
        <translation>Cette date est dans le futur.</translation>
    </message>
    <message>
        <source>This date is not valid.</source>
        <translation>Cette date n’est pas valide.</translation>
    </message>
    <message>
        <source>This amount must be positive.</source>
        <translation>Ce montant doit être positif.</translation>
    </message>
    <message>
        <source>This location does not exist yet: add it on the Locations page first.</source>
        <translation>Cet emplacement n’existe pas encore : ajoutez-le d’abord dans la page Emplacements.</translation>
    </message>
    <message>
        <source>The warranty cannot end before the purchase date.</source>
        <translation>La garantie ne peut pas finir avant la date d’achat.</translation>
    </message>
    <message>
        <source>This device has reached a final status: only its notes can change.</source>
        <translation>Cet appareil a atteint un statut définitif : seules ses notes peuvent changer.</translation>
    </message>
    <message>
        <source>Encryption policy: this device must be encrypted before check-out. A manager override needs a reason.</source>
        <translation>Politique de chiffrement : cet appareil doit être chiffré avant d’être remis. Une dérogation du responsable exige un motif.</translation>
    </message>
    <message>
        <source>This person has left the company.</source>
        <translation>Cette personne a quitté l’entreprise.</translation>
    </message>
    <message>
        <source>A reason is required.</source>
        <translation>Un motif est obligatoire.</translation>
    </message>
    <message>
        <source>This e-mail address is already used by another person.</source>
        <translation>Cette adresse e-mail est déjà utilisée par une autre personne.</translation>
    </message>
    <message>
        <source>This location already exists.</source>
        <translation>Cet emplacement existe déjà.</translation>
    </message>
    <message>
        <source>This serial number is already used by another device.</source>
        <translation>Ce numéro de série est déjà utilisé par un autre appareil.</translation>
    </message>
    <message>
        <source>This IMEI is already used by another device.</source>
        <translation>Cet IMEI est déjà utilisé par un autre appareil.</translation>
    </message>
    <message>
        <source>Choose a location or a category to apply.</source>
        <translation>Choisissez un emplacement ou une catégorie à appliquer.</translation>
    </message>
    <message>
        <source>Select at least one device.</source>
        <translation>Sélectionnez au moins un appareil.</translation>
    </message>
    <message>
        <source>The name is required.</source>
        <translation>Le nom est obligatoire.</translation>
    </message>
    <message>
        <source>The category is required.</source>
        <translation>La catégorie est obligatoire.</translation>
    </message>
    <message>
        <source>The database is not empty: demo data only goes into an empty database.</source>
        <translation>La base n’est pas vide : les données de démonstration ne vont que dans une base vide.</translation>
    </message>
    <message>
        <source>The organisation&apos;s name is required.</source>
        <translation>Le nom de l’organisation est obligatoire.</translation>
    </message>
    <message>
        <source>This database is no longer empty: someone filled it since the welcome dialog opened.</source>
        <translation>Cette base n’est plus vide : quelqu’un l’a remplie depuis l’ouverture de la fenêtre d’accueil.</translation>
    </message>
    <message>
        <source>Nothing was imported: correct these rows and try again.</source>
        <translation>Rien n’a été importé : corrigez ces lignes puis réessayez.</translation>
    </message>
    <message>
        <source>The site is required (the room may stay empty).</source>
        <translation>Le site est obligatoire (la salle peut rester vide).</translation>
    </message>
    <message>
        <source>This value is not accepted for this setting.</source>
        <translation>Cette valeur n’est pas acceptée pour ce réglage.</translation>
    </message>
    <message>
        <source>This text is too long.</source>
        <translation>Ce texte est trop long.</translation>
    </message>
    <message>
        <source>Select at least one device to check out.</source>
        <translation>Sélectionnez au moins un appareil à attribuer.</translation>
    </message>
    <message>
        <source>An encryption override needs a reason: who decided it, and why.</source>
        <translation>Une dérogation au chiffrement exige un motif : qui l’a décidée, et pourquoi.</translation>
    </message>
    <message>
        <source>The due date is already past.</source>
        <translation>La date de retour prévue est déjà passée.</translation>
    </message>
    <message>
        <source>This device is already checked out: check it in first.</source>
        <translation>Cet appareil est déjà attribué : faites d’abord sa restitution.</translation>
    </message>
    <message>
        <source>This device is not checked out to anyone.</source>
        <translation>Cet appareil n’est attribué à personne.</translation>
    </message>
    <message>
        <source>Record the condition at return.</source>
        <translation>Indiquez l’état à la restitution.</translation>
    </message>
    <message>
        <source>This time is not valid.</source>
        <translation>Cette heure n’est pas valide.</translation>
    </message>
    <message>
        <source>This time is in the future.</source>
        <translation>Cette heure est dans le futur.</translation>
    </message>
    <message>
        <source>The incident cannot be discovered before it occurred.</source>
        <translation>L’incident ne peut pas être constaté avant d’être survenu.</translation>
    </message>
    <message>
        <source>A step cannot happen before the incident was discovered.</source>
        <translation>Une étape ne peut pas précéder le constat de l’incident.</translation>
    </message>
    <message>
        <source>This incident is already closed.</source>
        <translation>Cet incident est déjà clos.</translation>
    </message>
    <message>
        <source>This outcome does not fit this kind of incident (recovered or written off for a loss or theft, repaired otherwise).</source>
        <translation>Cette issue ne correspond pas à ce type d’incident (retrouvé ou sorti de l’inventaire pour une perte ou un vol, réparé sinon).</translation>
    </message>
    <message>
        <source>A recovered device needs an inspection note.</source>
        <translation>Un appareil retrouvé exige une note d’inspection.</translation>
    </message>
    <message>
        <source>This incident does not exist.</source>
        <translation>Cet incident n’existe pas.</translation>
    </message>
    <message>
        <source>Not allowed: this needs the permission “{permission}”, which operator {operator} does not have.</source>
        <translation>Action non autorisée : elle demande la permission « {permission} », que l’opérateur {operator} n’a pas.</translation>
    </message>
    <message>
        <source>Login or password incorrect.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This database requires an operator login.</source>
        <translation>Cette base de données exige une connexion d’opérateur.</translation>
    </message>
    <message>
        <source>A password needs at least {minimum} characters.</source>
        <translation>Un mot de passe doit compter au moins {minimum} caractères.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
    <message>
        <source>A login has 2 to 100 letters, digits and . _ @ -, and starts with a letter or a digit.</source>
        <translation>Un identifiant compte de 2 à 100 lettres, chiffres et . _ @ -, et commence par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>This login is already taken.</source>
        <translation>Cet identifiant est déjà pris.</translation>
    </message>
    <message>
        <source>Choose at least one role.</source>
        <translation>Choisissez au moins un rôle.</translation>
    </message>
    <message>
        <source>This is the last active administrator: make another operator administrator first.</source>
        <translation>C’est le dernier administrateur actif : nommez d’abord un autre opérateur administrateur.</translation>
    </message>
    <message>
        <source>The first operator account must be an administrator.</source>
        <translation>Le premier compte opérateur doit être un administrateur.</translation>
    </message>
    <message>
        <source>This operator account is already deactivated.</source>
        <translation>Ce compte opérateur est déjà désactivé.</translation>
    </message>
    <message>
        <source>The system keyring did not accept the password: untick “Remember the password” and try again.</source>
        <translation>Le trousseau du système a refusé le mot de passe : décochez « Mémoriser le mot de passe » et réessayez.</translation>
    </message>
    <message>
        <source>The file&apos;s first row names no column Klara Assets knows.</source>
        <translation>La première ligne du fichier ne nomme aucune colonne connue de Klara Assets.</translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>This is not a CSV or Excel (.xlsx) file.</source>
        <translation>Ce n’est pas un fichier CSV ou Excel (.xlsx).</translation>
    </message>
    <message>
        <source>This is an old Excel .xls workbook: save it as .xlsx or CSV first.</source>
        <translation>C’est un ancien classeur Excel .xls : enregistrez-le d’abord en .xlsx ou en CSV.</translation>
    </message>
    <message>
        <source>The file&apos;s text cannot be read in the encoding found.</source>
        <translation>Le texte du fichier ne peut pas être lu dans l&apos;encodage détecté.</translation>
    </message>
    <message>
        <source>The file is not in the chosen format: choose “Detect”.</source>
        <translation>Le fichier n&apos;est pas au format choisi : choisissez « Détecter ».</translation>
    </message>
    <message>
        <source>The file has no column of that name.</source>
        <translation>Le fichier n&apos;a pas de colonne de ce nom.</translation>
    </message>
    <message>
        <source>A column can only be read into a device field, or ignored.</source>
        <translation>Une colonne ne peut être lue que dans un champ de l&apos;appareil, ou ignorée.</translation>
    </message>
    <message>
        <source>This is a folder: give a file name. Nothing was saved.</source>
        <translation>C&apos;est un dossier : donnez un nom de fichier. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>This folder does not exist. Nothing was saved.</source>
        <translation>Ce dossier n&apos;existe pas. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>You may not write in this folder. Nothing was saved.</source>
        <translation>Vous ne pouvez pas écrire dans ce dossier. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The disk is full: nothing was saved. Free some space and try again.</source>
        <translation>Le disque est plein : rien n&apos;a été enregistré. Libérez de la place et réessayez.</translation>
    </message>
    <message>
        <source>The file could not be written. Nothing was saved.</source>
        <translation>Le fichier n&apos;a pas pu être écrit. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The change is saved, but its file could not be written: write it again.</source>
        <translation>La modification est enregistrée, mais son fichier n&apos;a pas pu être écrit : écrivez-le à nouveau.</translation>
    </message>
    <message>
        <source>The file is not valid CSV.</source>
        <translation>Le fichier n’est pas un CSV valide.</translation>
    </message>
    <message>
        <source>The connection to the database server was lost: this change was not saved and nothing changed. Try again once the connection is back.</source>
        <translation>La connexion au serveur de base de données a été perdue&#xa0;: cette modification n’a pas été enregistrée et rien n’a changé. Réessayez une fois la connexion rétablie.</translation>
    </message>
    <message>
        <source>This file is not a Klara Assets database (it belongs to another program); it was left untouched.</source>
        <translation>Ce fichier n’est pas une base Klara Assets (il appartient à un autre programme)&#xa0;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>This file is empty, not a Klara Assets database; it was left untouched. Run “klara-assets init” on it to make it one.</source>
        <translation>Ce fichier est vide, ce n’est pas une base Klara Assets&#xa0;; il n’a pas été modifié. Lancez «&#xa0;klara-assets init&#xa0;» sur ce fichier pour en faire une.</translation>
    </message>
    <message>
        <source>The database&apos;s migration history is damaged: nothing was changed. Restore a backup.</source>
        <translation>L’historique des migrations de la base est endommagé&#xa0;: rien n’a été modifié. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>The database is read-only and was made by an older version: copy it to a writable folder to upgrade it.</source>
        <translation>La base est en lecture seule et provient d’une version plus ancienne&#xa0;: copiez-la dans un dossier accessible en écriture pour la mettre à jour.</translation>
    </message>
    <message>
        <source>This looks like a recovery key. Record where the key is escrowed, never the key itself: the key lives in the MDM (Intune, Jamf) or the escrow service.</source>
        <translation>Ceci ressemble à une clé de récupération. Indiquez où la clé est séquestrée, jamais la clé elle-même : la clé se garde dans le MDM (Intune, Jamf) ou le service de séquestre.</translation>
    </message>
    <message>
        <source>This file does not exist.</source>
        <translation>Ce fichier n’existe pas.</translation>
    </message>
    <message>
        <source>The file name must end in .csv, .xlsx or .pdf as offered.</source>
        <translation>Le nom du fichier doit se terminer par .csv, .xlsx ou .pdf, comme proposé.</translation>
    </message>
    <message>
        <source>This folder does not exist.</source>
        <translation>Ce dossier n’existe pas.</translation>
    </message>
    <message>
        <source>This file already exists: choose a new name.</source>
        <translation>Ce fichier existe déjà : choisissez un autre nom.</translation>
    </message>
    <message>
        <source>This is a PostgreSQL database: back it up with pg_dump on the server.</source>
        <translation>C’est une base PostgreSQL : sauvegardez-la avec pg_dump sur le serveur.</translation>
    </message>
    <message>
        <source>This file is not a Klara Assets backup. Nothing was changed.</source>
        <translation>Ce fichier n’est pas une sauvegarde Klara Assets. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup is damaged. Nothing was changed.</source>
        <translation>Cette sauvegarde est endommagée. Rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This backup is the open database itself.</source>
        <translation>Cette sauvegarde est la base ouverte elle-même.</translation>
    </message>
    <message>
        <source>There is no environmental report for this year.</source>
        <translation>Il n’y a pas de rapport environnemental pour cette année.</translation>
    </message>
    <message>
        <source>This emission factor is not accepted.</source>
        <translation>Ce facteur d’émission n’est pas accepté.</translation>
    </message>
    <message>
        <source>Keep at least one automatic backup.</source>
        <translation>Conservez au moins une sauvegarde automatique.</translation>
    </message>
    <message>
        <source>The batch cannot be closed: its partner holds no certification valid on the pickup date (R2v3, e-Stewards or WEEELABEX; ISO 14001 for a social economy partner).</source>
        <translation>Le lot ne peut pas être clos : son partenaire ne détient aucune certification valide à la date d’enlèvement (R2v3, e-Stewards ou WEEELABEX ; ISO 14001 pour une structure de l’économie sociale et solidaire).</translation>
    </message>
    <message>
        <source>The batch&apos;s state does not allow this action.</source>
        <translation>L’état du lot ne permet pas cette action.</translation>
    </message>
    <message>
        <source>These devices cannot join this batch: each must be routed this batch&apos;s way, checked in and in no other batch.</source>
        <translation>Ces appareils ne peuvent pas entrer dans ce lot : chacun doit avoir l’orientation du lot, être restitué et ne figurer dans aucun autre lot.</translation>
    </message>
    <message>
        <source>These devices are not in this batch.</source>
        <translation>Ces appareils ne figurent pas dans ce lot.</translation>
    </message>
    <message>
        <source>This batch holds no device: add devices first (a sanitization certificate needs devices with storage).</source>
        <translation>Ce lot ne contient aucun appareil : ajoutez-en d’abord (un certificat d’effacement exige des appareils dotés d’un stockage).</translation>
    </message>
    <message>
        <source>This partner is not an eco-organisme.</source>
        <translation>Ce partenaire n’est pas un éco-organisme.</translation>
    </message>
    <message>
        <source>This certificate is already revoked.</source>
        <translation>Ce certificat est déjà révoqué.</translation>
    </message>
    <message>
        <source>No certificate has this number.</source>
        <translation>Aucun certificat ne porte ce numéro.</translation>
    </message>
    <message>
        <source>A partner with this name already exists.</source>
        <translation>Un partenaire porte déjà ce nom.</translation>
    </message>
    <message>
        <source>The signing key file does not exist.</source>
        <translation>Le fichier de la clé de signature n’existe pas.</translation>
    </message>
    <message>
        <source>The signing key cannot be opened: wrong password, or not a PKCS#12 (.p12 or .pfx) file.</source>
        <translation>Impossible d’ouvrir la clé de signature : mot de passe erroné, ou fichier qui n’est pas au format PKCS#12 (.p12 ou .pfx).</translation>
    </message>
    <message>
        <source>This device has storage: record a passed sanitization (Clear or Purge) before routing it.</source>
        <translation>Cet appareil comporte un stockage : enregistrez un effacement des données réussi (Effacement ou Purge) avant de l’orienter.</translation>
    </message>
    <message>
        <source>Its storage was destroyed during sanitization: the device can only go to recycling.</source>
        <translation>Son stockage a été détruit lors de l’effacement des données : l’appareil ne peut aller qu’au recyclage.</translation>
    </message>
    <message>
        <source>This device has no storage, so there is nothing to sanitize. Correct its storage first if it has one.</source>
        <translation>Cet appareil n’a pas de stockage : il n’y a aucune donnée à effacer. S’il en a un, corrigez d’abord sa fiche.</translation>
    </message>
    <message>
        <source>This waste code is not valid: use the six-digit European code, e.g. 16 02 14 or 20 01 35*.</source>
        <translation>Ce code déchet n’est pas valide : utilisez le code européen à six chiffres, p. ex. 16 02 14 ou 20 01 35*.</translation>
    </message>
    <message>
        <source>This certification scheme is not known.</source>
        <translation>Ce référentiel de certification est inconnu.</translation>
    </message>
    <message>
        <source>Name the sanitization tool (and its version).</source>
        <translation>Indiquez l’outil d’effacement (et sa version).</translation>
    </message>
    <message>
        <source>Choose the sanitization technique.</source>
        <translation>Choisissez la technique d’effacement.</translation>
    </message>
    <message>
        <source>Name the person who performed the sanitization.</source>
        <translation>Indiquez la personne qui a effectué l’effacement.</translation>
    </message>
    <message>
        <source>An audit of this location is already open: continue it or close it first.</source>
        <translation>Un inventaire de cet emplacement est déjà ouvert : poursuivez-le ou clôturez-le d’abord.</translation>
    </message>
    <message>
        <source>This audit is closed: start a new audit to scan again.</source>
        <translation>Cet inventaire est clos : ouvrez un nouvel inventaire pour scanner à nouveau.</translation>
    </message>
    <message>
        <source>This audit is already closed.</source>
        <translation>Cet inventaire est déjà clos.</translation>
    </message>
    <message>
        <source>Only a device scanned as unexpected in this audit can be moved to the audited location.</source>
        <translation>Seul un appareil scanné comme inattendu dans cet inventaire peut être déplacé vers l’emplacement inventorié.</translation>
    </message>
    <message>
        <source>Nothing was scanned: the code is empty.</source>
        <translation>Rien n’a été scanné : le code est vide.</translation>
    </message>
    <message>
        <source>This audit does not exist.</source>
        <translation>Cet inventaire n’existe pas.</translation>
    </message>
    <message>
        <source>This file is not a readable image (PNG, JPEG…).</source>
        <translation>Ce fichier n’est pas une image lisible (PNG, JPEG…).</translation>
    </message>
    <message>
        <source>This image file does not exist.</source>
        <translation>Ce fichier image n’existe pas.</translation>
    </message>
    <message>
        <source>This file is empty: there is nothing to attach.</source>
        <translation>Ce fichier est vide : il n&apos;y a rien à joindre.</translation>
    </message>
    <message>
        <source>This file is too large to attach ({size_mb} MB; the limit is {limit_mb} MB, see the settings).</source>
        <translation>Ce fichier est trop volumineux pour être joint ({size_mb} Mo ; la limite est de {limit_mb} Mo, voir les paramètres).</translation>
    </message>
    <message>
        <source>Programs and scripts cannot be attached.</source>
        <translation>Les programmes et les scripts ne peuvent pas être joints.</translation>
    </message>
    <message>
        <source>This attachment does not exist.</source>
        <translation>Cette pièce jointe n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The stored copy of this attachment does not match its SHA-256: it is damaged.</source>
        <translation>La copie enregistrée de cette pièce jointe ne correspond pas à son SHA-256 : elle est endommagée.</translation>
    </message>
    <message>
        <source>This treatment code is not valid: use R1 to R13 (recovery) or D1 to D15 (disposal), e.g. R4.</source>
        <translation>Ce code de traitement n&apos;est pas valide : utilisez R1 à R13 (valorisation) ou D1 à D15 (élimination), par exemple R4.</translation>
    </message>
    <message>
        <source>This SIREN is not valid: a SIREN has 9 digits and a check digit.</source>
        <translation>Ce SIREN n&apos;est pas valide : un SIREN a 9 chiffres et une clé de contrôle.</translation>
    </message>
    <message>
        <source>This gift would take the employee above the yearly cap of €2,000 of cost price (CGI art. 81, 31° bis).</source>
        <translation>Ce don porterait le salarié au-delà du plafond annuel de 2 000 € de prix de revient (CGI art. 81, 31° bis).</translation>
    </message>
    <message>
        <source>The device has no cost price: record its purchase price first (the yearly cap counts it).</source>
        <translation>L&apos;appareil n&apos;a pas de prix de revient : saisissez d&apos;abord son prix d&apos;achat (le plafond annuel en dépend).</translation>
    </message>
    <message>
        <source>The device has no purchase date: record it first (its depreciation depends on it).</source>
        <translation>L&apos;appareil n&apos;a pas de date d&apos;achat : saisissez-la d&apos;abord (son amortissement en dépend).</translation>
    </message>
    <message>
        <source>This device was not given to anyone.</source>
        <translation>Cet appareil n&apos;a été donné à personne.</translation>
    </message>
    <message>
        <source>This report cannot be read automatically: fill in the method, technique, tool and verification yourself (the report is attached and cited all the same).</source>
        <translation>Ce rapport ne peut pas être lu automatiquement : renseignez vous-même la méthode, la technique, l&apos;outil et la vérification (le rapport est joint et cité malgré tout).</translation>
    </message>
    <message>
        <source>This sanitization record does not exist.</source>
        <translation>Cet effacement n&apos;existe pas.</translation>
    </message>
    <message>
        <source>This disposal batch does not exist.</source>
        <translation>Ce lot n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The file cannot be read.</source>
        <translation>Le fichier ne peut pas être lu.</translation>
    </message>
    <message>
        <source>This number is ambiguous: 1,299 may mean 1299 or 1.299. Write 1 299,00 or 1299.00.</source>
        <translation>Ce nombre est ambigu : 1,299 peut vouloir dire 1299 ou 1,299. Écrivez 1 299,00 ou 1299.00.</translation>
    </message>
    <message>
        <source>This value is out of range.</source>
        <translation>Cette valeur est hors limites.</translation>
    </message>
    <message>
        <source>This is not a valid number.</source>
        <translation>Ce n&apos;est pas un nombre valide.</translation>
    </message>
    <message>
        <source>This date is before 1980: check the year.</source>
        <translation>Cette date est antérieure à 1980 : vérifiez l&apos;année.</translation>
    </message>
    <message>
        <source>This text contains a control character or a direction override: type plain text.</source>
        <translation>Ce texte contient un caractère de contrôle ou d&apos;inversion de sens : saisissez du texte simple.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>The second IMEI is the same as the first one.</source>
        <translation>Le second IMEI est identique au premier.</translation>
    </message>
    <message>
        <source>Saying this device has no storage lets it leave without a sanitization: give the reason.</source>
        <translation>Déclarer cet appareil sans stockage le laisse partir sans effacement : indiquez la raison.</translation>
    </message>
    <message>
        <source>This device is recorded encrypted but its check is missing or too old: re-check it before check-out, or give a manager override.</source>
        <translation>Cet appareil est enregistré chiffré mais sa vérification manque ou est trop ancienne : revérifiez-le avant la remise, ou donnez une dérogation du responsable.</translation>
    </message>
    <message>
        <source>The signing certificate has expired: renew it before signing.</source>
        <translation>Le certificat de signature a expiré : renouvelez-le avant de signer.</translation>
    </message>
    <message>
        <source>The signing certificate is not valid yet.</source>
        <translation>Le certificat de signature n&apos;est pas encore valide.</translation>
    </message>
    <message>
        <source>This certificate does not allow digital signatures: use a signing certificate.</source>
        <translation>Ce certificat ne permet pas la signature numérique : utilisez un certificat de signature.</translation>
    </message>
    <message>
        <source>The database is damaged: no backup was written. Restore the latest good backup.</source>
        <translation>La base de données est endommagée : aucune sauvegarde n&apos;a été écrite. Restaurez la dernière bonne sauvegarde.</translation>
    </message>
    <message>
        <source>The backup written does not check out: it was deleted.</source>
        <translation>La sauvegarde écrite n&apos;est pas valide : elle a été supprimée.</translation>
    </message>
    <message>
        <source>The activity log of this backup does not verify: it is not restored.</source>
        <translation>Le journal d&apos;activité de cette sauvegarde ne se vérifie pas : elle n&apos;est pas restaurée.</translation>
    </message>
    <message>
        <source>This file has the tables of Klara Assets but no valid migration history: it is not restored.</source>
        <translation>Ce fichier a les tables de Klara Assets mais pas d&apos;historique de migrations valide : il n&apos;est pas restauré.</translation>
    </message>
    <message>
        <source>This receipt does not exist.</source>
        <translation>Ce bon n&apos;existe pas.</translation>
    </message>
    <message>
        <source>A signature is empty: sign in the box first.</source>
        <translation>Une signature est vide : signez d&apos;abord dans le cadre.</translation>
    </message>
    <message>
        <source>A signature needs the signer&apos;s name.</source>
        <translation>Une signature doit porter le nom du signataire.</translation>
    </message>
    <message>
        <source>Unknown signer: the holder or the IT representative.</source>
        <translation>Signataire inconnu : le détenteur ou le représentant informatique.</translation>
    </message>
    <message>
        <source>Each signer signs once.</source>
        <translation>Chaque signataire signe une seule fois.</translation>
    </message>
    <message>
        <source>The signature has too many points: clear it and sign again.</source>
        <translation>La signature compte trop de points : effacez-la et signez à nouveau.</translation>
    </message>
    <message>
        <source>The scan file is empty.</source>
        <translation>Le fichier numérisé est vide.</translation>
    </message>
    <message>
        <source>The scan is larger than 20 MB.</source>
        <translation>Le fichier numérisé dépasse 20 Mo.</translation>
    </message>
    <message>
        <source>The scan must be a PDF, PNG or JPEG file.</source>
        <translation>Le document numérisé doit être un fichier PDF, PNG ou JPEG.</translation>
    </message>
    <message>
        <source>The scan file cannot be read.</source>
        <translation>Le fichier numérisé est illisible.</translation>
    </message>
    <message>
        <source>Snooze until a day after today.</source>
        <translation>Reportez à une date postérieure à aujourd&apos;hui.</translation>
    </message>
    <message>
        <source>This reminder no longer exists.</source>
        <translation>Ce rappel n&apos;existe plus.</translation>
    </message>
    <message>
        <source>The number of days must be between 0 and 365.</source>
        <translation>Le nombre de jours doit être compris entre 0 et 365.</translation>
    </message>
    <message>
        <source>This device is not reported lost or stolen: nothing to recover.</source>
        <translation>Cet appareil n’est pas déclaré perdu ni volé&#xa0;: rien à récupérer.</translation>
    </message>
    <message>
        <source>This device is reported lost or stolen: mark it found (its incident is closed) instead of moving it.</source>
        <translation>Cet appareil est déclaré perdu ou volé&#xa0;: marquez-le «&#xa0;Retrouvé&#xa0;» (son incident est clos) au lieu de le déplacer.</translation>
    </message>
    <message>
        <source>No device has this tag.</source>
        <translation>Aucun appareil ne porte ce numéro d’inventaire.</translation>
    </message>
    <message>
        <source>No person has this e-mail address.</source>
        <translation>Aucune personne n’a cette adresse e-mail.</translation>
    </message>
    <message>
        <source>No operator has this login.</source>
        <translation>Aucun opérateur n’a cet identifiant.</translation>
    </message>
    <message>
        <source>No partner has this name.</source>
        <translation>Aucun partenaire ne porte ce nom.</translation>
    </message>
    <message>
        <source>This partner has no certification with this number.</source>
        <translation>Ce partenaire n’a aucune certification portant ce numéro.</translation>
    </message>
    <message>
        <source>This record does not exist.</source>
        <translation>Cet enregistrement n’existe pas.</translation>
    </message>
    <message>
        <source>The attachment needs a file name (at most 255 characters).</source>
        <translation>La pièce jointe doit avoir un nom de fichier (255 caractères au plus).</translation>
    </message>
    <message>
        <source>This export format is not known: use .csv, .xlsx or .pdf.</source>
        <translation>Ce format d’export est inconnu : utilisez .csv, .xlsx ou .pdf.</translation>
    </message>
    <message>
        <source>The format cannot be told from the file name: end it with .csv, .xlsx or .pdf.</source>
        <translation>Le nom du fichier ne dit pas son format : terminez-le par .csv, .xlsx ou .pdf.</translation>
    </message>
    <message>
        <source>A column mapping reads COLUMN=field (or COLUMN=ignore).</source>
        <translation>Une correspondance de colonne s’écrit COLONNE=champ (ou COLONNE=ignore).</translation>
    </message>
    <message>
        <source>A certification needs its number.</source>
        <translation>Une certification doit avoir son numéro.</translation>
    </message>
    <message>
        <source>A certification needs the date it is valid until.</source>
        <translation>Une certification doit avoir sa date de fin de validité.</translation>
    </message>
    <message>
        <source>This certification is not valid: write SCHEME:NUMBER:YYYY-MM-DD.</source>
        <translation>Cette certification n’est pas valide : écrivez RÉFÉRENTIEL:NUMÉRO:AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The database cannot be used.</source>
        <translation>La base de données est inutilisable.</translation>
    </message>
    <message>
        <source>The database cannot be reached now: nothing was changed. Try again.</source>
        <translation>La base de données est injoignable pour le moment : rien n’a été modifié. Réessayez.</translation>
    </message>
    <message>
        <source>The database cannot be opened.</source>
        <translation>La base de données ne peut pas être ouverte.</translation>
    </message>
    <message>
        <source>The database refused the operation: nothing was changed.</source>
        <translation>La base de données a refusé l’opération : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The database&apos;s folder does not exist.</source>
        <translation>Le dossier de la base de données n’existe pas.</translation>
    </message>
    <message>
        <source>The database refused the change: nothing was changed.</source>
        <translation>La base de données a refusé la modification : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>This database is not at this program&apos;s version: it must be upgraded first.</source>
        <translation>Cette base de données n’est pas à la version de ce programme : elle doit d’abord être mise à niveau.</translation>
    </message>
    <message>
        <source>The e-mail address is required (people are matched by it).</source>
        <translation>L’adresse e-mail est obligatoire (elle identifie les personnes).</translation>
    </message>
    <message>
        <source>This is a folder: choose a file.</source>
        <translation>C’est un dossier : choisissez un fichier.</translation>
    </message>
    <message>
        <source>This value is not one of the accepted choices.</source>
        <translation>Cette valeur ne fait pas partie des choix acceptés.</translation>
    </message>
    <message>
        <source>The demo fleet takes between 1 and 1,000,000 devices.</source>
        <translation>Le parc de démonstration compte entre 1 et 1 000 000 d’appareils.</translation>
    </message>
    <message>
        <source>The document language is French or English.</source>
        <translation>La langue des documents est le français ou l’anglais.</translation>
    </message>
    <message>
        <source>This label layout is incomplete.</source>
        <translation>Ce modèle d’étiquettes est incomplet.</translation>
    </message>
    <message>
        <source>This label layout is not known.</source>
        <translation>Ce modèle d’étiquettes est inconnu.</translation>
    </message>
    <message>
        <source>The sheet has fewer positions than the labels to skip.</source>
        <translation>La planche a moins d’emplacements que d’étiquettes à sauter.</translation>
    </message>
    <message>
        <source>No labels to print: choose at least one device.</source>
        <translation>Aucune étiquette à imprimer : choisissez au moins un appareil.</translation>
    </message>
    <message>
        <source>This outcome does not fit this kind of batch.</source>
        <translation>Ce devenir ne correspond pas à ce type de lot.</translation>
    </message>
    <message>
        <source>Write each pair as TAG=VALUE.</source>
        <translation>Écrivez chaque couple sous la forme NUMÉRO=VALEUR.</translation>
    </message>
    <message>
        <source>A value is not accepted: nothing was saved.</source>
        <translation>Une valeur n’est pas acceptée : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>Some values are not accepted: nothing was saved.</source>
        <translation>Des valeurs ne sont pas acceptées : rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>This action is not allowed for this device now.</source>
        <translation>Cette action n’est pas permise pour cet appareil en ce moment.</translation>
    </message>
    <message>
        <source>The device&apos;s status does not allow this action.</source>
        <translation>Le statut de l’appareil ne permet pas cette action.</translation>
    </message>
    <message>
        <source>The check did not pass.</source>
        <translation>La vérification a échoué.</translation>
    </message>
    <message>
        <source>The operation failed: nothing was changed.</source>
        <translation>L’opération a échoué : rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The file has no e-mail column (people are matched by their e-mail address).</source>
        <translation>Le fichier n’a pas de colonne e-mail (les personnes sont identifiées par leur adresse e-mail).</translation>
    </message>
    <message>
        <source>This is not an MDM export: it needs a serial number (or IMEI) column and an encryption column.</source>
        <translation>Ce n’est pas un export MDM : il faut une colonne numéro de série (ou IMEI) et une colonne chiffrement.</translation>
    </message>
    <message>
        <source>This device has not been returned yet: there is no return receipt.</source>
        <translation>Cet appareil n’a pas encore été restitué : il n’y a pas de bon de restitution.</translation>
    </message>
    <message>
        <source>This number is too large.</source>
        <translation>Ce nombre est trop grand.</translation>
    </message>
    <message>
        <source>This operator account is already active.</source>
        <translation>Ce compte opérateur est déjà actif.</translation>
    </message>
    <message>
        <source>This file cannot be written here. Nothing was saved.</source>
        <translation>Ce fichier ne peut pas être écrit ici. Rien n’a été enregistré.</translation>
    </message>
    <message>
        <source>No password was given.</source>
        <translation>Aucun mot de passe n’a été donné.</translation>
    </message>
    <message>
        <source>The signing key needs its password.</source>
        <translation>La clé de signature demande son mot de passe.</translation>
    </message>
    <message>
        <source>Fill in the method, technique, tool and verification, or attach the erasure tool&apos;s report.</source>
        <translation>Renseignez la méthode, la technique, l’outil et la vérification, ou joignez le rapport de l’outil d’effacement.</translation>
    </message>
    <message>
        <source>No sanitization is recorded for this device: record it before issuing the certificate.</source>
        <translation>Aucun effacement n’est enregistré pour cet appareil : enregistrez-le avant d’émettre le certificat.</translation>
    </message>
    <message>
        <source>Signing is not available in this installation.</source>
        <translation>La signature n’est pas disponible dans cette installation.</translation>
    </message>
    <message>
        <source>Give either a device tag or a batch number.</source>
        <translation>Indiquez soit le numéro d’inventaire d’un appareil, soit un numéro de lot.</translation>
    </message>
    <message>
        <source>Give at least one device tag.</source>
        <translation>Indiquez au moins un numéro d’inventaire.</translation>
    </message>
    <message>
        <source>This role is not known.</source>
        <translation>Ce rôle est inconnu.</translation>
    </message>
    <message>
        <source>This setting is not known.</source>
        <translation>Ce paramètre est inconnu.</translation>
    </message>
    <message>
        <source>This tag is already used by another device.</source>
        <translation>Ce numéro d’inventaire est déjà utilisé par un autre appareil.</translation>
    </message>
    <message>
        <source>No e-mail was sent.</source>
        <translation>Aucun e-mail n’a été envoyé.</translation>
    </message>
    <message>
        <source>Choose at least one device.</source>
        <translation>Choisissez au moins un appareil.</translation>
    </message>
    <message>
        <source>The PostgreSQL driver is not installed: install Klara Assets with its shared-mode extra (pip install &apos;klara-assets[postgres]&apos;) to use a shared database.</source>
        <translation>Le pilote PostgreSQL n’est pas installé&#xa0;: installez Klara Assets avec son extra pour le mode partagé (pip install &apos;klara-assets[postgres]&apos;) pour utiliser une base partagée.</translation>
    </message>
    <message>
        <source>{tag}: the device is “{status}”.</source>
        <translation>{tag} : l’appareil est « {status} ».</translation>
    </message>
    <message>
        <source>Batch {batch} is “{status}”.</source>
        <translation>Le lot {batch} est « {status} ».</translation>
    </message>
    <message>
        <source>Batch {batch}: {tags}.</source>
        <translation>Lot {batch} : {tags}.</translation>
    </message>
    <message>
        <source>Unknown tags: {tags}.</source>
        <translation>Numéros inconnus : {tags}.</translation>
    </message>
    <message>
        <source>The device is “{status}”.</source>
        <translation>L’appareil est « {status} ».</translation>
    </message>
    <message>
        <source>The e-mail digest is not set up: give the SMTP server and the sender.</source>
        <translation>Le récapitulatif par e-mail n’est pas configuré&#xa0;: indiquez le serveur SMTP et l’expéditeur.</translation>
    </message>
    <message>
        <source>The e-mail digest has no recipient: add one.</source>
        <translation>Le récapitulatif par e-mail n’a aucun destinataire&#xa0;: ajoutez-en un.</translation>
    </message>
    <message>
        <source>This computer has no system keyring: set the environment variable {variable} for the program that sends the digest instead.</source>
        <translation>Cet ordinateur n’a pas de trousseau système&#xa0;: définissez plutôt la variable d’environnement {variable} pour le programme qui envoie le récapitulatif.</translation>
    </message>
    <message>
        <source>Give the SMTP server and user before the password.</source>
        <translation>Indiquez le serveur SMTP et l’utilisateur avant le mot de passe.</translation>
    </message>
    <message>
        <source>The system keyring did not accept the password.</source>
        <translation>Le trousseau du système a refusé le mot de passe.</translation>
    </message>
    <message>
        <source>No SMTP password: type it and keep it in the system keyring, or set {variable}.</source>
        <translation>Aucun mot de passe SMTP&#xa0;: saisissez-le et gardez-le dans le trousseau du système, ou définissez {variable}.</translation>
    </message>
    <message>
        <source>No e-mail sent: the SMTP server {server} cannot be reached.</source>
        <translation>Aucun e-mail envoyé&#xa0;: le serveur SMTP {server} est injoignable.</translation>
    </message>
    <message>
        <source>No e-mail sent: the server {server} does not offer STARTTLS. Choose TLS or check the port.</source>
        <translation>Aucun e-mail envoyé&#xa0;: le serveur {server} ne propose pas STARTTLS. Choisissez TLS ou vérifiez le port.</translation>
    </message>
    <message>
        <source>No e-mail sent: the secure connection to {server} failed.</source>
        <translation>Aucun e-mail envoyé&#xa0;: la connexion sécurisée à {server} a échoué.</translation>
    </message>
    <message>
        <source>No e-mail sent: the server {server} refused the user or the password.</source>
        <translation>Aucun e-mail envoyé&#xa0;: le serveur {server} a refusé l’utilisateur ou le mot de passe.</translation>
    </message>
    <message>
        <source>No e-mail sent: the server {server} offers no login. Leave the user empty or choose STARTTLS.</source>
        <translation>Aucun e-mail envoyé&#xa0;: le serveur {server} ne propose pas d’authentification. Laissez l’utilisateur vide ou choisissez STARTTLS.</translation>
    </message>
    <message>
        <source>No e-mail sent: the server {server} refused a recipient.</source>
        <translation>Aucun e-mail envoyé&#xa0;: le serveur {server} a refusé un destinataire.</translation>
    </message>
    <message>
        <source>No e-mail sent: the server {server} refused the sender.</source>
        <translation>Aucun e-mail envoyé&#xa0;: le serveur {server} a refusé l’expéditeur.</translation>
    </message>
    <message>
        <source>No e-mail sent: the SMTP session with {server} failed.</source>
        <translation>Aucun e-mail envoyé&#xa0;: la session SMTP avec {server} a échoué.</translation>
    </message>
    <message>
        <source>The start date is after the leaving date.</source>
        <translation>La date d’entrée est postérieure à la date de sortie.</translation>
    </message>
    <message>
        <source>This date is out of range.</source>
        <translation>Cette date est hors limites.</translation>
    </message>
    <message>
        <source>Registering missing devices applies to MDM files (Intune, Jamf Pro) only.</source>
        <translation>L’enregistrement des appareils manquants ne s’applique qu’aux fichiers MDM (Intune, Jamf Pro).</translation>
    </message>
    <message>
        <source>This audit is still open: close it first, its missing devices are known then.</source>
        <translation>Cet audit est encore ouvert&#xa0;: clôturez-le d’abord, ses appareils manquants seront connus alors.</translation>
    </message>
    <message>
        <source>These devices are not missing at this audit.</source>
        <translation>Ces appareils ne manquent pas à cet audit.</translation>
    </message>
</context>
</TS>
