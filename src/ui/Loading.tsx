/** The place of a screen's content while it is read from the tablet (drawn whole once it is there). */
export function Loading() {
  return <div class="loading" aria-busy="true" />;
}
