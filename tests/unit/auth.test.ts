import { mayAct, rolesIn } from '../../backend/domain/auth';

const grants = [
  { hospitalId: 'A', roles: ['editor', 'nurse'] },
  { hospitalId: 'B', roles: ['admin'] },
  { hospitalId: 'C', roles: ['nurse', 'not-a-role'] },
];

describe('roles', () => {
  it('are held per hospital', () => {
    expect(rolesIn(grants, 'A', false).sort()).toEqual(['editor', 'nurse']);
    expect(rolesIn(grants, 'Z', false)).toEqual([]);
  });

  it('an admin of a hospital holds every role there, not elsewhere', () => {
    expect(rolesIn(grants, 'B', false)).toEqual(
      expect.arrayContaining(['admin', 'scheduler', 'nurse', 'doctor', 'pharmacist', 'billing', 'records', 'editor', 'service', 'homecare']),
    );
    expect(rolesIn(grants, 'A', false)).not.toContain('admin');
  });

  it('a platform admin holds every role everywhere', () => {
    expect(rolesIn([], 'anywhere', true)).toHaveLength(10);
  });

  it('unknown role names are ignored', () => {
    expect(rolesIn(grants, 'C', false)).toEqual(['nurse']);
  });

  it('mayAct needs one of the required roles', () => {
    expect(mayAct(['nurse'], ['editor', 'nurse'])).toBe(true);
    expect(mayAct(['nurse'], ['editor'])).toBe(false);
    expect(mayAct([], ['editor'])).toBe(false);
  });
});
