/** Modules of a course in order, with their neighbours for previous/next navigation. */
export interface Ordered {
  id: string;
  data: { course: { id: string }; order: number };
}

export function modulesOf<M extends Ordered>(modules: M[], courseId: string): M[] {
  return modules.filter((m) => m.data.course.id === courseId).sort((a, b) => a.data.order - b.data.order);
}

export function neighbours<M extends Ordered>(ordered: M[], current: M): { previous?: M; next?: M } {
  const i = ordered.findIndex((m) => m.id === current.id);
  return {
    previous: i > 0 ? ordered[i - 1] : undefined,
    next: i >= 0 && i < ordered.length - 1 ? ordered[i + 1] : undefined,
  };
}
