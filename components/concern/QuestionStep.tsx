import { type ReactNode } from 'react';
import { getMessages, getTranslations } from 'next-intl/server';
import { type QuestionChoice, type QuestionPageData } from '@/lib/concern/page-data';
import { ANSWER_PARAM, STATE_PARAM, stepPath, SUBMIT_PARAM } from '@/lib/concern/paths';
import { type Answers, type QuestionId } from '@/lib/concern/questions';
import { localizedPath } from '@/lib/i18n/paths';
import { type Locale } from '@/lib/i18n/routing';
import { ErrorSummary } from '@/components/forms/ErrorSummary';
import { GuideFrame } from './GuideFrame';

interface QuestionStepProps {
  locale: Locale;
  question: QuestionId;
  answers: Answers;
  /** "Fortsæt" was pressed without an answer. */
  error: boolean;
  /** The back link and the sealed tokens of each choice (lib/concern/page-data.ts). */
  data: QuestionPageData;
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

export async function questionMessages(locale: Locale, question: QuestionId): Promise<QuestionMessages> {
  const messages = await getMessages({ locale });
  return messages.Concern.questions[question];
}

/**
 * One question on one page (the GOV.UK question page): the heading is the
 * question, the form sends the chosen option's sealed answers, "Tilbage"
 * leads to the previous question with its answer still chosen.
 */
export async function QuestionStep({ locale, question, answers, error, data }: QuestionStepProps) {
  const t = await getTranslations('Concern');
  const messages = await questionMessages(locale, question);
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
    <GuideFrame backHref={data.backHref}>
      {error && <ErrorSummary title={t('errorSummary')} errors={[{ message: messages.error, href: `#${firstFieldId}` }]} />}
      <form method="get" action={localizedPath(locale, stepPath(question))} noValidate>
        {data.state && <input type="hidden" name={STATE_PARAM} value={data.state} />}
        <div className={`form-group${error ? ' form-error' : ''}`}>
          {question === 'municipality' ? (
            <MunicipalityField
              title={title}
              messages={messages}
              choices={data.choices}
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
                {data.choices.map(({ value, token, checked }, index) => {
                  const option = messages.options?.[value] ?? { label: value };
                  const id = `${FIELD_ID}-${index}`;
                  return (
                    <div className="form-group-radio" key={value}>
                      <input
                        className="form-radio"
                        type="radio"
                        id={id}
                        name={ANSWER_PARAM}
                        value={token}
                        defaultChecked={checked}
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
  choices,
  describedBy,
  hintAndError,
}: {
  title: string;
  messages: QuestionMessages;
  choices: readonly QuestionChoice[];
  describedBy?: string;
  hintAndError: ReactNode;
}) {
  const selected = choices.find((choice) => choice.checked)?.token ?? '';
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
            {choice.name ?? messages.unknown ?? choice.value}
          </option>
        ))}
      </select>
    </>
  );
}
