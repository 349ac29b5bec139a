import Type from 'typebox';

export const CareerSlugParams = Type.Object({
  slug: Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', maxLength: 80, description: 'Career slug, e.g. backend-developer' }),
});
