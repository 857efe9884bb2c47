package main

import "sync"

// cleanups are what the tool must undo (servers to stop, databases to
// drop, folders to remove), run in reverse order once: at the end, or when
// the tool is interrupted.
type cleanups struct {
	mu   sync.Mutex
	fns  []func()
	done bool
}

// add registers f to run at the end; once the cleanups have run (the
// tool was interrupted meanwhile), it runs f at once.
func (c *cleanups) add(f func()) {
	c.mu.Lock()
	if c.done {
		c.mu.Unlock()
		f()
		return
	}
	defer c.mu.Unlock()
	c.fns = append(c.fns, f)
}

// run runs the registered functions, the last added first; later calls do
// nothing.
func (c *cleanups) run() {
	c.mu.Lock()
	defer c.mu.Unlock()
	if c.done {
		return
	}
	c.done = true
	for i := len(c.fns) - 1; i >= 0; i-- {
		c.fns[i]()
	}
}

// once returns f wrapped so that it runs at most once, whoever calls it
// first: the code that is done with a resource, or the cleanups.
func once(f func()) func() {
	var o sync.Once
	return func() { o.Do(f) }
}
