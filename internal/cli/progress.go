package cli

import (
	"fmt"
	"io"
	"os"
	"time"

	"github.com/schollz/progressbar/v3"
	"golang.org/x/term"

	"github.com/polexhq/polex/corpus"
	"github.com/polexhq/polex/pipeline"
)

// progress shows a progress bar on a terminal (documents, words/second,
// errors, ETA once the inputs are counted). Off a terminal it does nothing;
// the run summary is printed at the end either way.
type progress struct {
	bar   *progressbar.ProgressBar
	start time.Time
	total chan int64
}

func newProgress(f *runFlags, env Env, args []string) *progress {
	p := &progress{start: time.Now()}
	show := f.progress == "always"
	if f.progress == "auto" {
		file, ok := env.Stderr.(*os.File)
		show = ok && term.IsTerminal(int(file.Fd()))
	}
	if !show || f.quiet {
		return p
	}
	p.bar = progressbar.NewOptions64(-1,
		progressbar.OptionSetWriter(env.Stderr),
		progressbar.OptionSetDescription("documents"),
		progressbar.OptionShowCount(),
		progressbar.OptionSetWidth(30),
		progressbar.OptionThrottle(200*time.Millisecond),
		progressbar.OptionClearOnFinish(),
	)
	// Count the inputs in the background (listing files and scanning JSONL
	// lines, no parsing) so the bar can show an ETA; stdin cannot be read
	// twice, so a run that reads it stays without one.
	p.total = make(chan int64, 1)
	go func() {
		for _, a := range args {
			if a == "-" {
				return
			}
		}
		n := int64(0)
		for range corpus.Inputs(args, corpus.Options{Stdin: eofReader{}, Include: f.include, Exclude: f.exclude}) {
			n++
		}
		p.total <- n
	}()
	return p
}

func (p *progress) update(st *pipeline.Stats) {
	if p.bar == nil {
		return
	}
	select {
	case n := <-p.total:
		p.bar.ChangeMax64(n)
	default:
	}
	secs := time.Since(p.start).Seconds()
	p.bar.Describe(fmt.Sprintf("documents (%.0f words/s, %d errors)", float64(st.Words)/max(secs, 1e-9), st.Errors))
	p.bar.Set64(int64(st.Inputs))
}

func (p *progress) finish() {
	if p.bar != nil {
		p.bar.Finish()
	}
}

type eofReader struct{}

func (eofReader) Read([]byte) (int, error) { return 0, io.EOF }
