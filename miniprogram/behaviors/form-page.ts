/**
 * The staff editors' "load, validate, save" skeleton beside the page behaviour (docs/page-conventions.md):
 * `remotePage` loads the record and fills the form from it (`shown`, `reloadOnShow: false` so a
 * form being edited is never reset), and this gives the editing and the save the same way in every
 * editor — a field typed clears its message and the form's; `submit` shows the page's validation
 * (nothing is sent while a field has a message or a save is under way), marks `saving`, sends once,
 * and shows a refusal under the field the server names (else above the form) and as a toast. The
 * page keeps what follows a save (a toast, going back, showing what was saved).
 *
 * A set of methods spread into the page's `methods`, as `remotePage` is.
 */
import { toast } from '../api/platform';
import type { Envelope } from '../shared/envelope';
import type { PageHost } from './remote-page';

export type FormHost = PageHost<{ saving: boolean }>;

export interface FormPageOptions<F extends string> {
  /** The form field a server error names ('' when none): its message goes under that field. */
  fieldOf(field: string | undefined): F | '';
}

export function formPage<F extends string>(options: FormPageOptions<F>) {
  return {
    /** A typed value into `form[field]`, clearing the field's message and the form's. */
    setField(this: FormHost, field: F, value: unknown): void {
      this.setData({ [`form.${field}`]: value, [`errors.${field}`]: '', formError: '' });
    },
    /** The page's validation shown, then one save at a time: the answer's data, or null when nothing was saved. */
    async submit<R>(this: FormHost, errors: Readonly<Record<F, string>>, send: () => Promise<Envelope<R>>): Promise<R | null> {
      this.setData({ errors, formError: '' });
      if (Object.values<string>(errors).some((m) => m !== '') || this.data.saving) return null;
      this.setData({ saving: true });
      const res = await send();
      this.setData({ saving: false });
      if (res.ok) return res.data;
      const field = options.fieldOf(res.error.field);
      this.setData(field ? { [`errors.${field}`]: res.error.message } : { formError: res.error.message });
      toast(res.error.message);
      return null;
    },
  };
}
