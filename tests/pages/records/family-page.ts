/** Opening a records page that first loads the family members, then the chosen member's records. */
import { renderPage, waitFor, type Rendered } from '../setup/page';

export async function openFamilyPage(id: string, query: Record<string, string> = {}): Promise<Rendered> {
  const page = renderPage(id);
  await page.instance.onLoad(query);
  await waitFor(() => expect(page.data.family.status === 'ready' ? page.data.view.status : page.data.family.status).not.toBe('loading'));
  return page;
}
