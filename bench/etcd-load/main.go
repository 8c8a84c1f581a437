// The etcd side of `npm run bench:etcd` (bench/etcd.ts builds and runs it): closed-loop
// clients putting values into an etcd cluster with etcd's own Go client (clientv3), the same
// load bench:cluster puts on a ruvector-raft cluster, so the two are compared on one machine
// in one run.
//
// Each of -clients loops puts key "c<loop>-<n mod 1000>" (n counts the loop's puts) with a
// value of -value-size bytes and waits for the answer before the next put. Loops share gRPC
// connections, -loops-per-conn each (bench:cluster's loops per RaftClient). A put counts when
// it ends inside the measured window, as in bench:cluster.
//
// Output on stdout, one JSON object per line:
//
//	{"event":"measuring"}                      when the measured window starts
//	{"event":"stopped"}                        when it ends (puts still in flight finish
//	                                           after it, uncounted)
//	{"event":"done","clients":..,"conns":..,"operations":..,"seconds":..,"p50Us":..,
//	 "p99Us":..,"p999Us":..,"errors":..,"firstError":".."}
//
// Errors before the load starts go to stderr, with exit status 1. The tool exits (status 3)
// when its stdin closes: bench/etcd.ts holds it open while it runs, so a killed benchmark
// takes the tool with it.
//
// Built in GOPATH mode (no module download): bench/etcd.ts copies this file to
// <run dir>/go/src/etcdload and runs `go build` with GO111MODULE=off and GOPATH holding etcd's
// client sources (Debian and Ubuntu: golang-etcd-server-dev, in /usr/share/gocode).
package main

import (
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"go.etcd.io/etcd/clientv3"
)

const (
	phaseWarmup int32 = iota
	phaseMeasure
	phaseStop
)

func main() {
	endpoints := flag.String("endpoints", "127.0.0.1:2379", "comma list of client endpoints, the leader first")
	clients := flag.Int("clients", 1, "closed-loop clients")
	loopsPerConn := flag.Int("loops-per-conn", 64, "loops sharing one gRPC connection")
	valueSize := flag.Int("value-size", 256, "bytes per value")
	warmupSeconds := flag.Float64("warmup", 2, "unmeasured seconds before the window")
	durationSeconds := flag.Float64("duration", 10, "measured seconds")
	flag.Parse()
	go func() {
		io.Copy(io.Discard, os.Stdin)
		os.Exit(3)
	}()
	if *clients < 1 || *loopsPerConn < 1 || *valueSize < 0 || *durationSeconds <= 0 || *warmupSeconds < 0 {
		fmt.Fprintln(os.Stderr, "etcd-load: -clients and -loops-per-conn must be >= 1, -value-size and -warmup >= 0, -duration > 0")
		os.Exit(1)
	}

	conns := (*clients + *loopsPerConn - 1) / *loopsPerConn
	connections := make([]*clientv3.Client, conns)
	for i := range connections {
		client, err := clientv3.New(clientv3.Config{
			Endpoints:   strings.Split(*endpoints, ","),
			DialTimeout: 5 * time.Second,
		})
		if err != nil {
			fmt.Fprintf(os.Stderr, "etcd-load: connecting to %s: %v\n", *endpoints, err)
			os.Exit(1)
		}
		connections[i] = client
	}

	value := strings.Repeat("v", *valueSize)
	var phase int32 = phaseWarmup
	var errorCount int64
	var firstError atomic.Value
	latencies := make([][]int64, *clients)
	var loops sync.WaitGroup
	for loop := 0; loop < *clients; loop++ {
		loops.Add(1)
		go func(loop int) {
			defer loops.Done()
			client := connections[loop / *loopsPerConn]
			for n := 0; ; n++ {
				if atomic.LoadInt32(&phase) == phaseStop {
					return
				}
				start := time.Now()
				ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
				_, err := client.Put(ctx, fmt.Sprintf("c%d-%d", loop, n%1000), value)
				cancel()
				elapsed := time.Since(start)
				// Counted when it ended inside the window, as bench:cluster counts its puts.
				counted := atomic.LoadInt32(&phase) == phaseMeasure
				if err != nil {
					if counted {
						atomic.AddInt64(&errorCount, 1)
						firstError.CompareAndSwap(nil, err.Error())
					}
					time.Sleep(10 * time.Millisecond)
					continue
				}
				if counted {
					latencies[loop] = append(latencies[loop], elapsed.Microseconds())
				}
			}
		}(loop)
	}

	time.Sleep(time.Duration(*warmupSeconds * float64(time.Second)))
	atomic.StoreInt32(&phase, phaseMeasure)
	windowStart := time.Now()
	emit(map[string]interface{}{"event": "measuring"})
	time.Sleep(time.Duration(*durationSeconds * float64(time.Second)))
	atomic.StoreInt32(&phase, phaseStop)
	seconds := time.Since(windowStart).Seconds()
	emit(map[string]interface{}{"event": "stopped"})
	loops.Wait()
	for _, client := range connections {
		client.Close()
	}

	all := make([]int64, 0)
	for _, each := range latencies {
		all = append(all, each...)
	}
	sort.Slice(all, func(i, j int) bool { return all[i] < all[j] })
	percentile := func(q float64) int64 {
		if len(all) == 0 {
			return 0
		}
		i := int(q * float64(len(all)))
		if i >= len(all) {
			i = len(all) - 1
		}
		return all[i]
	}
	first, _ := firstError.Load().(string)
	emit(map[string]interface{}{
		"event":      "done",
		"clients":    *clients,
		"conns":      conns,
		"operations": len(all),
		"seconds":    seconds,
		"p50Us":      percentile(0.5),
		"p99Us":      percentile(0.99),
		"p999Us":     percentile(0.999),
		"errors":     atomic.LoadInt64(&errorCount),
		"firstError": first,
	})
}

func emit(fields map[string]interface{}) {
	line, err := json.Marshal(fields)
	if err != nil {
		panic(err)
	}
	fmt.Println(string(line))
}
