/** Whether a change makes the target look worse, better, or just different (coverage, the spec). */
export type Effect = 'regression' | 'improvement' | 'neutral';
