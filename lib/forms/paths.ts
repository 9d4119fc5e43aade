/** The registration addresses (without the /en prefix), shared by pages, forms and e-mails. */
export const registrationPaths = {
  form: (courseSlug: string, runId: string) => `/kurser/${courseSlug}/tilmeld/${runId}`,
  receipt: (receipt: string) => `/kurser/tilmelding/kvittering/${receipt}`,
  confirm: (token: string) => `/kurser/tilmelding/bekraeft/${token}`,
  cancel: (token: string) => `/kurser/tilmelding/afmeld/${token}`,
  offer: (token: string) => `/kurser/tilmelding/tilbud/${token}`,
};
