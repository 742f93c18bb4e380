export function buildLayout(o: { context: string; file?: string; platforms?: string[]; out: string; ref: string; epoch?: string }): Promise<void>;
