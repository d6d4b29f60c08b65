// Reads a Chromium trace (browser.startTracing) and explains the page's long main-thread tasks
// between two console.timeStamp markers: for each task ≥ threshold on the renderer main thread,
// its biggest parts by self time (JS functions by name and script, style, layout, paint, GC, ...).
interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  ts: number;
  dur?: number;
  pid: number;
  tid: number;
  args?: { name?: string; data?: { message?: string; functionName?: string; url?: string; lineNumber?: number; frames?: unknown } };
}

export interface TaskPart {
  what: string;
  selfMs: number;
}
export interface ExplainedTask {
  startMs: number;
  durationMs: number;
  parts: TaskPart[];
}

export function explainLongTasks(traceJson: string, thresholdMs = 50, settleMs = 1000, from = 'bench:change', to = 'bench:verdict'): { zeroUs: number; tasks: ExplainedTask[] } {
  const parsed = JSON.parse(traceJson) as { traceEvents: TraceEvent[] } | TraceEvent[];
  const events = Array.isArray(parsed) ? parsed : parsed.traceEvents;
  const mark = (m: string) => events.find((e) => e.name === 'TimeStamp' && e.args?.data?.message === m);
  const a = mark(from);
  const b = mark(to);
  if (!a) return { zeroUs: 0, tasks: [] };
  const main = events.find((e) => e.ph === 'M' && e.name === 'thread_name' && e.args?.name === 'CrRendererMain' && e.pid === a.pid && e.tid === a.tid) ?? a;
  const onMain = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X' && e.dur !== undefined).sort((x, y) => x.ts - y.ts || y.dur! - x.dur!);
  const end = b ? b.ts + settleMs * 1000 : Infinity;
  const tasks = onMain.filter((e) => e.name === 'RunTask' && e.ts >= a.ts - 1000 && e.ts < end && e.dur! >= thresholdMs * 1000);
  return { zeroUs: a.ts, tasks: tasks.map((t) => {
    const inside = onMain.filter((e) => e !== t && e.ts >= t.ts && e.ts + e.dur! <= t.ts + t.dur!);
    // self time: an event's duration minus its direct children's
    const self = new Map<string, number>();
    const stack: { e: TraceEvent; childDur: number }[] = [];
    const label = (e: TraceEvent) => {
      const d = e.args?.data;
      if ((e.name === 'FunctionCall' || e.name === 'EvaluateScript' || e.name === 'v8.callFunction') && d && (d.functionName || d.url)) return `${e.name} ${d.functionName || '(anonymous)'} ${(d.url ?? '').replace(/^https?:\/\/[^/]+\//, '')}${d.lineNumber ? `:${d.lineNumber}` : ''}`;
      return e.name;
    };
    const close = (upTo: number) => {
      while (stack.length && stack[stack.length - 1]!.e.ts + stack[stack.length - 1]!.e.dur! <= upTo) {
        const top = stack.pop()!;
        const k = label(top.e);
        self.set(k, (self.get(k) ?? 0) + top.e.dur! - top.childDur);
        if (stack.length) stack[stack.length - 1]!.childDur += top.e.dur!;
      }
    };
    let childDur = 0;
    for (const e of inside) {
      close(e.ts);
      if (!stack.length) childDur += e.dur!;
      stack.push({ e, childDur: 0 });
    }
    close(Infinity);
    self.set('(task itself)', (self.get('(task itself)') ?? 0) + t.dur! - childDur);
    const parts = [...self].map(([what, us]) => ({ what, selfMs: us / 1000 })).sort((x, y) => y.selfMs - x.selfMs).slice(0, 6);
    return { startMs: (t.ts - a.ts) / 1000, durationMs: t.dur! / 1000, parts };
  }) };
}

export const TRACE_CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.execute', 'blink', 'toplevel', 'disabled-by-default-v8.gc', 'blink.user_timing'];

/** A CDP Profiler profile (Profiler.stop). */
export interface CpuProfile {
  nodes: { id: number; callFrame: { functionName: string; url: string; lineNumber: number; columnNumber: number }; children?: number[] }[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/**
 * JS time inside each long task, by the nearest frame that maps to a source file (through
 * `resolve`, e.g. a source map lookup): "where in our code" the task spent its time.
 */
export function jsHotspots(profile: CpuProfile, tasks: ExplainedTask[], traceZeroUs: number, resolve: (url: string, line: number, col: number) => string | null, top = 5): string[][] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const memo = new Map<number, string>();
  const frameOf = (id: number): string => {
    const hit = memo.get(id);
    if (hit) return hit;
    let x: number | undefined = id;
    let out = '(native / browser)';
    while (x !== undefined) {
      const cf = byId.get(x)!.callFrame;
      const r = cf.url ? resolve(cf.url, cf.lineNumber, cf.columnNumber) : null;
      if (r) {
        out = r;
        break;
      }
      x = parent.get(x);
    }
    memo.set(id, out);
    return out;
  };
  const leafName = (id: number) => {
    const n = byId.get(id)!;
    return n.callFrame.functionName || (n.callFrame.url ? '(anonymous)' : '(program)');
  };
  let t = profile.startTime;
  const stamps = profile.samples.map((s, i) => ((t += profile.timeDeltas[i]!), { id: s, at: t }));
  return tasks.map((task) => {
    const from = traceZeroUs + task.startMs * 1000;
    const to = from + task.durationMs * 1000;
    const acc = new Map<string, number>();
    let prev: number | null = null;
    for (const s of stamps) {
      if (s.at >= from && s.at <= to && prev !== null) {
        const n = byId.get(s.id)!;
        if (!['(idle)', '(program)', '(garbage collector)'].includes(n.callFrame.functionName)) {
          const k = `${frameOf(s.id)} [${leafName(s.id)}]`;
          acc.set(k, (acc.get(k) ?? 0) + (s.at - prev) / 1000);
        }
      }
      prev = s.at;
    }
    return [...acc].sort((a, b) => b[1] - a[1]).slice(0, top).map(([k, v]) => `${k} ${v.toFixed(0)} ms`);
  });
}
