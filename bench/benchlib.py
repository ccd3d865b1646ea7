"""What the benchmark and soak scripts share: a release build of leadiq, a `leadiq sandbox` child, generated rows."""
import os
import subprocess
import sys

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def release_binary(binary=None):
    """`binary` when given, else leadiq built in release mode under .build-release, as the README installs it."""
    if binary:
        return binary
    subprocess.run(["swift", "build", "-c", "release", "--static-swift-stdlib", "--scratch-path", ".build-release",
                    "--product", "leadiq"],
                   cwd=ROOT, check=True, stdout=sys.stderr)
    return os.path.join(ROOT, ".build-release", "release", "leadiq")


class Sandbox:
    """`leadiq sandbox --port 0 ARGS` for the duration of a `with` block; `environment` points leadiq at it, `stderr`
    takes its log (and the counters it prints when it stops)."""

    def __init__(self, binary, *arguments, stderr=subprocess.DEVNULL):
        self.command = [binary, "sandbox", "--port", "0", *arguments]
        self.stderr = stderr

    def __enter__(self):
        self.process = subprocess.Popen(self.command, stdout=subprocess.PIPE, stderr=self.stderr, text=True)
        self.environment = {}
        while len(self.environment) < 3:
            line = self.process.stdout.readline()
            if not line:
                raise RuntimeError("leadiq sandbox exited before printing its settings")
            if line.startswith("export "):
                name, value = line[len("export "):].strip().split("=", 1)
                self.environment[name] = value
        return self

    def __exit__(self, *_):
        self.process.terminate()
        self.process.wait(timeout=30)


def write_rows(path, count):
    """`count` distinct people, one email each, so every row is its own lookup."""
    with open(path, "w", encoding="utf-8") as out:
        out.write("id,First Name,Last Name,Email,Company\n")
        for index in range(count):
            out.write(f"{index},Person,Number{index},person{index}@bench-{index % 97}.example.com,Bench {index % 97}\n")
