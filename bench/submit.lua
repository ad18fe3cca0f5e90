-- wrk script for bench/run.sh: POST the submit body of the bench (a z-image task) on every request.
-- The emulator creates and charges a task for each; nginx answers the same bytes it answered.
wrk.method = "POST"
wrk.body = '{"model":"z-image","prompt":"bench"}'
wrk.headers["Content-Type"] = "application/json"
wrk.headers["Authorization"] = "Bearer rk_bench"
