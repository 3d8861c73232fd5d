/** What a template produces for one recipient. */
export interface RenderedMail {
  subject: string;
  html: string;
  text: string;
}
