import { getTranslations } from 'next-intl/server';
import { adminPaths } from '@/lib/admin/paths';
import { type OutboxMessage } from '@/lib/admin/outbox';
import { type StaffSession } from '@/lib/auth/session';
import { when } from './format';

/** One part of the outbox; unsent messages get a button that sends them at the worker's next round. */
export async function OutboxTable({
  heading,
  messages,
  session,
  kind,
}: {
  heading: string;
  messages: OutboxMessage[];
  session: StaffSession;
  kind: 'failed' | 'waiting' | 'sent';
}) {
  const t = await getTranslations({ locale: 'da', namespace: 'Admin' });
  if (messages.length === 0) return <p>{t('outbox.empty')}</p>;
  return (
    <div className="admin-table-wrap">
      <table className="table table--compact">
        <caption className="sr-only">{heading}</caption>
        <thead>
          <tr>
            <th scope="col">{t('columns.to')}</th>
            <th scope="col">{t('columns.subject')}</th>
            <th scope="col">{t('columns.created')}</th>
            {kind === 'sent' ? (
              <th scope="col">{t('columns.sentAt')}</th>
            ) : (
              <>
                <th scope="col" className="numeric">
                  {t('columns.attempts')}
                </th>
                <th scope="col">{t('columns.nextAttempt')}</th>
              </>
            )}
            {kind === 'failed' && <th scope="col">{t('columns.error')}</th>}
            {kind !== 'sent' && (
              <th scope="col">
                <span className="sr-only">{t('columns.action')}</span>
              </th>
            )}
          </tr>
        </thead>
        <tbody>
          {messages.map((message) => (
            <tr key={message.id}>
              <td>{message.to}</td>
              <td>{message.subject}</td>
              <td>{when(message.createdAt)}</td>
              {kind === 'sent' ? (
                <td>{message.sentAt && when(message.sentAt)}</td>
              ) : (
                <>
                  <td className="numeric">{message.attempts}</td>
                  <td>{when(message.nextAttemptAt)}</td>
                </>
              )}
              {kind === 'failed' && <td>{message.lastError}</td>}
              {kind !== 'sent' && (
                <td>
                  <form method="post" action={adminPaths.retry(message.id)}>
                    <input type="hidden" name="csrf" value={session.csrf} />
                    <button type="submit" className="button button-secondary" aria-label={t('outbox.retryLabel', { to: message.to })}>
                      {t('outbox.retry')}
                    </button>
                  </form>
                </td>
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
