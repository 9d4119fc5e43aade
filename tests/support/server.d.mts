export function serverCommand(port: number): string;
export const readinessPath: string;
