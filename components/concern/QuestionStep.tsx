import { type ReactNode } from 'react';
import { getMessages, getTranslations } from 'next-intl/server';
import { getContent } from '@/lib/content';
import { previousStep } from '@/lib/concern/flow';
import { ANSWER_PARAM, GUIDE_PATH, STATE_PARAM, stepPath, SUBMIT_PARAM } from '@/lib/concern/paths';
import { type Answers, fixedOptions, type QuestionId, UNKNOWN_MUNICIPALITY } from '@/lib/concern/questions';
import { type GuideSession } from '@/lib/concern/session';
import { localizedPath } from '@/lib/i18n/paths';
import { type AppLocale } from '@/lib/i18n/routing';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { GuideFrame } from './GuideFrame';
import { stepHref } from './session';

interface QuestionStepProps {
  locale: AppLocale;
  question: QuestionId;
  answers: Answers;
  /** "Fortsæt" was pressed without an answer. */
  error: boolean;
  session: GuideSession;
}

interface OptionMessages {
  label: string;
  hint?: string;
}

interface QuestionMessages {
  title: string;
  titleSelf?: string;
  hint?: string;
  error: string;
  options?: Record<string, OptionMessages>;
  placeholder?: string;
  unknown?: string;
}

const FIELD_ID = 'svar';

/** The heading of a question: the municipality question speaks to the person when the concern is about them. */
export function questionTitle(messages: QuestionMessages, answers: Answers): string {
  return answers.topic === 'self' && messages.titleSelf ? messages.titleSelf : messages.title;
}

export async function questionMessages(locale: AppLocale, question: QuestionId): Promise<QuestionMessages> {
  const messages = await getMessages({ locale });
  return messages.Concern.questions[question];
}

/**
 * One question on one page (the GOV.UK question page): the heading is the
 * question, the form sends the chosen option's sealed answers, "Tilbage"
 * leads to the previous question with its answer still chosen.
 */
export async function QuestionStep({ locale, question, answers, error, session }: QuestionStepProps) {
  const t = await getTranslations('Concern');
  const messages = await questionMessages(locale, question);
  const previous = previousStep(question, answers);
  const backHref = previous ? stepHref(locale, previous, answers, session) : localizedPath(locale, GUIDE_PATH);
  const title = questionTitle(messages, answers);
  const describedBy = [messages.hint && `${FIELD_ID}-hint`, error && `${FIELD_ID}-error`].filter(Boolean).join(' ') || undefined;
  const firstFieldId = question === 'municipality' ? FIELD_ID : `${FIELD_ID}-0`;

  const hintAndError = (
    <>
      {messages.hint && (
        <p className="form-hint" id={`${FIELD_ID}-hint`}>
          {messages.hint}
        </p>
      )}
      {error && (
        <p className="form-error-message" id={`${FIELD_ID}-error`}>
          <span className="sr-only">{t('errorSummary')}: </span>
          {messages.error}
        </p>
      )}
    </>
  );

  return (
    <GuideFrame backHref={backHref}>
      {error && <ErrorSummary title={t('errorSummary')} errors={[{ message: messages.error, href: `#${firstFieldId}` }]} />}
      <form method="get" action={localizedPath(locale, stepPath(question))} noValidate>
        {Object.keys(answers).length > 0 && <input type="hidden" name={STATE_PARAM} value={session.seal(answers)} />}
        <div className={`form-group${error ? ' form-error' : ''}`}>
          {question === 'municipality' ? (
            <MunicipalityField
              title={title}
              messages={messages}
              answers={answers}
              session={session}
              describedBy={describedBy}
              hintAndError={hintAndError}
            />
          ) : (
            <fieldset aria-describedby={describedBy}>
              <legend>
                <h1>{title}</h1>
              </legend>
              {hintAndError}
              <div className="concern-options">
                {fixedOptions(question).map((value, index) => {
                  const option = messages.options?.[value] ?? { label: value };
                  const id = `${FIELD_ID}-${index}`;
                  return (
                    <div className="form-group-radio" key={value}>
                      <input
                        className="form-radio"
                        type="radio"
                        id={id}
                        name={ANSWER_PARAM}
                        value={session.seal({ ...answers, [question]: value })}
                        defaultChecked={answers[question] === value}
                        aria-describedby={option.hint ? `${id}-hint` : undefined}
                      />
                      <label className="form-label" htmlFor={id}>
                        {option.label}
                      </label>
                      {option.hint && (
                        <p className="form-hint" id={`${id}-hint`}>
                          {option.hint}
                        </p>
                      )}
                    </div>
                  );
                })}
              </div>
            </fieldset>
          )}
        </div>
        <button className="button button-primary" type="submit" name={SUBMIT_PARAM} value="">
          {t('continue')}
        </button>
      </form>
    </GuideFrame>
  );
}

/** The municipality as a select list: 98 radio buttons would be too many to scan on a phone. */
function MunicipalityField({
  title,
  messages,
  answers,
  session,
  describedBy,
  hintAndError,
}: {
  title: string;
  messages: QuestionMessages;
  answers: Answers;
  session: GuideSession;
  describedBy?: string;
  hintAndError: ReactNode;
}) {
  const choices = [
    { value: UNKNOWN_MUNICIPALITY, label: messages.unknown ?? UNKNOWN_MUNICIPALITY },
    ...getContent().concern.municipalities.map((municipality) => ({ value: municipality.slug, label: municipality.name })),
  ].map((choice) => ({ ...choice, token: session.seal({ ...answers, municipality: choice.value }) }));
  const selected = choices.find((choice) => choice.value === answers.municipality)?.token ?? '';
  return (
    <>
      <h1>
        <label className="form-label concern-question-label" htmlFor={FIELD_ID}>
          {title}
        </label>
      </h1>
      {hintAndError}
      <select className="form-select" id={FIELD_ID} name={ANSWER_PARAM} defaultValue={selected} aria-describedby={describedBy}>
        <option value="">{messages.placeholder}</option>
        {choices.map((choice) => (
          <option key={choice.value} value={choice.token}>
            {choice.label}
          </option>
        ))}
      </select>
    </>
  );
}
