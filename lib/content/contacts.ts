import { type IssueCollector } from './errors';
import { listCollectionFiles, loadDataFile } from './read';
import { type Contact, contactsFileSchema } from './schemas/contact';

export function loadContacts(issues: IssueCollector): Contact[] {
  const contacts: Contact[] = [];
  for (const source of listCollectionFiles('contacts', ['.yaml'])) {
    contacts.push(...(loadDataFile(source.file, contactsFileSchema, issues) ?? []));
  }
  const ids = new Set<string>();
  for (const contact of contacts) {
    if (ids.has(contact.id)) issues.add({ file: 'content/contacts', field: 'id', message: `"${contact.id}" is used twice` });
    ids.add(contact.id);
  }
  return contacts;
}
