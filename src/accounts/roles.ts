/**
 * Roles as data: each role lists the actions it may take on each kind of resource. Routes ask
 * `authorize(user, action, resource)`; nothing else decides access. Personal data ("own")
 * is only ever its owner's, whatever the role: an admin manages accounts, but cannot read
 * another person's plan.
 */
export const ROLE_NAMES = ['reader', 'author', 'reviewer', 'admin'] as const;
export type Role = (typeof ROLE_NAMES)[number];

export type Resource = { kind: 'own'; ownerId: string } | { kind: 'draft' } | { kind: 'outbox' } | { kind: 'users' };
export type Action = 'read' | 'write' | 'delete' | 'create' | 'edit' | 'review' | 'publish';

const OWN: readonly Action[] = ['read', 'write', 'delete'];

export const ROLES: Record<Role, Partial<Record<Resource['kind'], readonly Action[]>>> = {
  reader: { own: OWN },
  author: { own: OWN, draft: ['read', 'create', 'edit'] },
  reviewer: { own: OWN, draft: ['read', 'create', 'edit', 'review', 'publish'] },
  admin: { own: OWN, draft: ['read', 'create', 'edit', 'review', 'publish'], outbox: ['read'], users: ['read', 'create'] },
};

export interface Actor {
  id: string;
  role: string;
}

export const isRole = (role: string): role is Role => (ROLE_NAMES as readonly string[]).includes(role);

export function authorize(user: Actor | null, action: Action, resource: Resource): boolean {
  if (!user || !isRole(user.role)) return false;
  if (!(ROLES[user.role][resource.kind] ?? []).includes(action)) return false;
  return resource.kind !== 'own' || resource.ownerId === user.id;
}
