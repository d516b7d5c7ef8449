/**
 * The people the team view combines: the user's own finished result first, then the colleagues'
 * results added by their codes (codes that no longer read as a result are left out), and the
 * names to show for them. The team view and the report use the same list.
 */
import { msg, str } from '../localize/localize.js';
import { decodeShareCode, type SharedResult } from '../scoring/share-code.js';
import type { ScanStore } from './store.js';

export interface TeamMember {
  /** "me" for the user's own result, else the colleague's code. */
  key: string;
  result: SharedResult;
}

export function teamMembers(store: ScanStore): TeamMember[] {
  const { state, result } = store;
  const own: TeamMember[] = result && state.unit ? [{ key: 'me', result: { answers: state.answers, unit: state.unit } }] : [];
  const colleagues = (state.team?.codes ?? []).flatMap((code): TeamMember[] => {
    try {
      const shared = decodeShareCode(code);
      return shared.kind === 'result' ? [{ key: code, result: shared.result }] : [];
    } catch {
      return [];
    }
  });
  return [...own, ...colleagues];
}

/** Each member's name: the one the user typed, else "Jij" or "Collega n". Call while the widget's translations are active. */
export function teamLabels(store: ScanStore, members: readonly TeamMember[]): string[] {
  let colleague = 0;
  return members.map((member) => {
    if (member.key !== 'me') colleague++;
    const name = store.state.team?.labels?.[member.key]?.trim();
    if (name) return name;
    return member.key === 'me' ? msg('Jij', { id: 'team.me' }) : msg(str`Collega ${colleague}`, { id: 'team.colleague' });
  });
}
