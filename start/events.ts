/*
| Event → listener wiring. Listeners are side effects (emails, notifications)
| of things that already happened and were committed; they live in
| app/listeners and are imported lazily.
*/
export {}
