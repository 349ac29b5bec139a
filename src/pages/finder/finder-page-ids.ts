/** Element ids the finder page and its island agree on. */
export const FINDER_ROOT_ID = 'finder-root';
export const FINDER_MODEL_ID = 'finder-model';
