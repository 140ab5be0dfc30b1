-- Provider presets for the mail settings form. The Dutch internet providers relay
-- on port 25 without login only for their own subscribers' connections.
INSERT INTO "mail_presets" ("key", "name", "category", "host", "port", "security", "daily_limit", "help_key", "position") VALUES
  ('ziggo', 'Ziggo', 'isp', 'smtp.ziggo.nl', 25, 'none', NULL, 'ispNetwork', 10),
  ('telfort', 'Telfort', 'isp', 'smtp.telfort.nl', 25, 'none', NULL, 'ispNetwork', 20),
  ('kpn', 'KPN', 'isp', 'mail.kpnmail.nl', 25, 'none', NULL, 'ispNetwork', 30),
  ('planet', 'Planet', 'isp', 'mail.kpnmail.nl', 25, 'none', NULL, 'ispNetwork', 40),
  ('scarlet', 'Scarlet', 'isp', 'mail.scarlet.nl', 25, 'none', NULL, 'ispNetwork', 50),
  ('upc', 'UPC', 'isp', 'smtp.upcmail.nl', 25, 'none', NULL, 'ispNetwork', 60),
  ('tele2', 'Tele2', 'isp', 'smtp.tele2.nl', 25, 'none', NULL, 'ispNetwork', 70),
  ('versatel', 'Versatel / Zonnet', 'isp', 'smtp.versatel.nl', 25, 'none', NULL, 'ispNetwork', 80),
  ('online', 'Online', 'isp', 'smtp.online.nl', 25, 'none', NULL, 'ispNetwork', 90),
  ('microsoft365', 'Microsoft 365', 'service', 'smtp.office365.com', 587, 'starttls', NULL, 'microsoft', 110),
  ('outlook', 'Outlook.com', 'service', 'smtp-mail.outlook.com', 587, 'starttls', NULL, 'microsoft', 120),
  ('live', 'Live', 'service', 'smtp.live.com', 587, 'starttls', NULL, 'microsoft', 130),
  ('gmail', 'Gmail', 'service', 'smtp.gmail.com', 587, 'starttls', 99, 'appPassword', 140)
ON CONFLICT ("key") DO NOTHING;
