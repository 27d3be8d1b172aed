/** The demo data set (demo mode only). */
export { DEMO_CLIENT, DEMO_USERS } from './demo.data.ts';
export { seedDemoData } from './demo.seed.ts';
