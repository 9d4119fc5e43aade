export const DEV_CLIENT: { id: string; secret: string };
