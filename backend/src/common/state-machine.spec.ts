import { AppError } from './app-error';
import { defineStateMachine } from './state-machine';

describe('state machine', () => {
  const door = defineStateMachine(
    { OPEN: ['CLOSED'], CLOSED: ['OPEN', 'LOCKED', 'CLOSED'], LOCKED: ['CLOSED'], GONE: [] },
    { subject: '门', labels: { OPEN: '开', CLOSED: '关', LOCKED: '锁' } },
  );

  it('allows exactly the transitions of its table', () => {
    expect(door.states).toEqual(['OPEN', 'CLOSED', 'LOCKED', 'GONE']);
    expect(door.canTransition('OPEN', 'CLOSED')).toBe(true);
    expect(door.canTransition('OPEN', 'LOCKED')).toBe(false);
    expect(door.canTransition('OPEN', 'OPEN')).toBe(false);
    expect(door.canTransition('CLOSED', 'CLOSED')).toBe(true);
    expect(door.next('GONE')).toEqual([]);
    expect(() => door.assertTransition('LOCKED', 'CLOSED')).not.toThrow();
  });

  it('refuses anything else with 409 INVALID_TRANSITION and a Chinese message', () => {
    let err: unknown;
    try {
      door.assertTransition('OPEN', 'LOCKED');
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(AppError);
    expect((err as AppError).getStatus()).toBe(409);
    expect((err as AppError).getResponse()).toEqual({
      statusCode: 409,
      code: 'INVALID_TRANSITION',
      message: '门不能从「开」变为「锁」',
      details: { from: 'OPEN', to: 'LOCKED' },
    });
    expect(() => door.assertTransition('GONE', 'GONE')).toThrow('门当前为「GONE」状态，不能执行此操作');
  });

  it('treats a state outside the table (e.g. a stale value read from the database) as final', () => {
    expect(door.canTransition('ATTIC' as 'OPEN', 'CLOSED')).toBe(false);
    expect(door.next('toString' as 'OPEN')).toEqual([]);
  });

  it('makes a target that is not a state a compile error', () => {
    // @ts-expect-error NOWHERE is not a key of the table
    const m = defineStateMachine({ A: ['NOWHERE'], B: [] });
    expect(m.states).toEqual(['A', 'B']);
  });
});
