/**
 * Demo content for the local dev server: two fictional hospitals with their departments,
 * doctors, health-education articles and staff role grants. All of it is fictional demo data
 * written for this project; see the header of each module for sources of the medical content.
 */
export { hospitals } from './hospitals';
export { departments } from './departments';
export { doctors } from './doctors';
export { articles } from './articles';
export { staff, nurseAreas, demoIdentities, demoIdentityDescriptions } from './staff';
export type { DemoIdentity } from './staff';
