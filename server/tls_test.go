package main

import "testing"

// Over TLS the server speaks HTTP/2 and sends HSTS; over plain HTTP it
// sends no HSTS (a browser would ignore it, and a proxy in front decides).
func TestTLSServesHTTP2WithHSTS(t *testing.T) {
	h, err := newHandler(serveConfig{webDir: mustWebDir(t)}, discardSlog())
	if err != nil {
		t.Fatal(err)
	}
	srv := httptestTLS(t, h)
	resp, err := srv.Client().Get(srv.URL + "/healthz")
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.ProtoMajor != 2 {
		t.Errorf("protocol = %s, want HTTP/2", resp.Proto)
	}
	if got := resp.Header.Get("Strict-Transport-Security"); got == "" {
		t.Errorf("no HSTS over TLS")
	}
	plain := mustTestServer(t, mustWebDir(t))
	resp, _ = mustGet(t, plain, "/healthz", nil)
	if got := resp.Header.Get("Strict-Transport-Security"); got != "" {
		t.Errorf("HSTS over plain HTTP: %q", got)
	}
}
