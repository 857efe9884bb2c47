// Package proc reads and places processes for Latchkey's measuring tools
// (latchkey-bench, latchkey-attack): CPU time and memory from /proc, the
// machine's CPUs, and pinning to CPUs with taskset, so that a server and
// the load on it run apart.
package proc

import (
	"bytes"
	"fmt"
	"os"
	"os/exec"
	"runtime"
	"strconv"
	"strings"
	"syscall"
	"time"
)

// CPU returns the CPU time (user and system) the process pid has used, or
// 0 when it cannot be read.
func CPU(pid int) time.Duration {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/stat", pid))
	if err != nil {
		return 0
	}
	// The fields after the command, which is in parentheses: state is the
	// first, utime and stime the 12th and 13th.
	fields := strings.Fields(string(b[bytes.LastIndexByte(b, ')')+2:]))
	if len(fields) < 13 {
		return 0
	}
	utime, _ := strconv.Atoi(fields[11])
	stime, _ := strconv.Atoi(fields[12])
	return time.Duration(utime+stime) * time.Second / 100
}

// MiB returns a memory figure of /proc/PID/status in MiB: "VmHWM" (peak
// resident memory) or "VmRSS" (resident memory now); 0 when it cannot be
// read.
func MiB(pid int, field string) float64 {
	b, err := os.ReadFile(fmt.Sprintf("/proc/%d/status", pid))
	if err != nil {
		return 0
	}
	for _, line := range strings.Split(string(b), "\n") {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.Atoi(strings.Fields(rest)[0])
			return float64(kb) / 1024
		}
	}
	return 0
}

// MachineCPUs returns the number of CPUs online, whichever of them this
// process may use.
func MachineCPUs() int {
	b, err := os.ReadFile("/proc/cpuinfo")
	if err != nil {
		return runtime.NumCPU()
	}
	return strings.Count(string(b), "\nprocessor\t") + 1
}

// CPUModel returns the model name of the machine's CPUs.
func CPUModel() string {
	b, _ := os.ReadFile("/proc/cpuinfo")
	for _, line := range strings.Split(string(b), "\n") {
		if name, ok := strings.CutPrefix(line, "model name"); ok {
			return strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(name), ":"))
		}
	}
	return "unknown CPU"
}

// PinSelf runs this program again on the given CPUs with taskset, marking
// the new process with the environment variable env so that it does not
// do so again. It returns only when that cannot be done (one CPU, no
// taskset) or was done already.
func PinSelf(env, cpus string) {
	if os.Getenv(env) != "" || MachineCPUs() < 2 {
		return
	}
	taskset, err := exec.LookPath("taskset")
	if err != nil {
		return
	}
	self, err := os.Executable()
	if err != nil {
		return
	}
	args := append([]string{taskset, "-c", cpus, self}, os.Args[1:]...)
	_ = syscall.Exec(taskset, args, append(os.Environ(), env+"=1"))
}

// OnCPU prefixes args with taskset so that the command runs on the given
// CPUs, when taskset is there and the machine has more than one CPU.
// taskset executes the command in its own process, so the process ID stays
// the command's.
func OnCPU(cpus string, args ...string) []string {
	if MachineCPUs() < 2 {
		return args
	}
	if path, err := exec.LookPath("taskset"); err == nil {
		return append([]string{path, "-c", cpus}, args...)
	}
	return args
}
