-- Interpretations as a process (issue 15, item 5): an interpretation's images, video and sound are attachments
-- with a text alternative (alt text, what the video or sound says); an interpretation approved before its
-- document waits in status APPROVED and is published with it.
alter table catalog_attachment add column description varchar(300);
