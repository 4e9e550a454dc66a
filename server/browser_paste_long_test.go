//go:build e2e

package main

import (
	"os"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/chromedp/chromedp"
)

// TestBrowserPasteLongArticle pastes a 10,000-word article and reports the
// UI thread's long tasks (a PerformanceObserver for "longtask") from the
// click on Read until the article is on screen. The budget (issue 15: no
// task over 100 ms) is reported, not asserted: timings move with the
// machine's load.
func TestBrowserPasteLongArticle(t *testing.T) {
	seedText, err := os.ReadFile("../app/seed/mexico-sovereignty.txt")
	if err != nil {
		t.Fatal(err)
	}
	// The seed's story paragraphs, again and again (each time told as
	// another day's, or extraction drops the repeats), under one title:
	// quotations, speakers and names all through, as a long story has them.
	var paras []string
	for _, p := range strings.Split(string(seedText), "\n\n") {
		if len(strings.Fields(p)) > 30 {
			paras = append(paras, strings.TrimSpace(p))
		}
	}
	var b strings.Builder
	b.WriteString("A very long story about sovereignty\n\n")
	words := 0
	for day := 1; words < 10000; day++ {
		for _, p := range paras {
			p = "On day " + strconv.Itoa(day) + ": " + p
			b.WriteString(p + "\n\n")
			words += len(strings.Fields(p))
		}
	}
	srv := mustStartServer(t)
	ctx, _ := mustBrowser(t)
	mustOpen(t, ctx, srv.URL+"/add")
	mustFill(t, ctx, "#add-text", b.String())
	mustEval[bool](t, ctx, `(() => {
		window.longTasks = [];
		new PerformanceObserver(list => {
			for (const e of list.getEntries()) window.longTasks.push(Math.round(e.duration));
		}).observe({type: 'longtask'});
		return true;
	})()`)
	start := time.Now()
	mustDo(t, ctx, "click Read", chromedp.Click(chromedp.CSS(`.add-form button[type=submit]`)))
	mustWaitFor(t, ctx, "the long article", `(document.querySelector('[data-page="add"] article h1') || {}).textContent === 'A very long story about sovereignty'`, 60*time.Second)
	shown := time.Since(start)
	time.Sleep(time.Second) // tasks finish, and the observer reports them
	blocks := mustEval[int](t, ctx, `document.querySelectorAll('[data-page="add"] article [data-block]').length`)
	tasks := mustEval[[]int](t, ctx, `window.longTasks`)
	longest := 0
	for _, d := range tasks {
		longest = max(longest, d)
	}
	verdict := "within"
	if longest > 100 {
		verdict = "OVER"
	}
	t.Logf("pasted %d words: %d blocks on screen after %v; UI-thread tasks over 50 ms: %v; longest %d ms, %s the 100 ms budget",
		words, blocks, shown.Round(time.Millisecond), tasks, longest, verdict)
	if blocks < 100 {
		t.Errorf("%d blocks on screen, want the whole article", blocks)
	}
}
