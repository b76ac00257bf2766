"""A small stand-in for the Hugging Face Hub HTTP API, for push tests through the real huggingface_hub client.

It serves on 127.0.0.1 only, from a background thread, and keeps everything in memory. It implements what
`HfApi.create_repo`, `create_branch`, `upload_folder` (legacy single-commit path, no hf_xet) and `whoami`
send in huggingface_hub 2.x:

* ``POST /api/repos/create``: create a repo (``visibility`` / ``private``), 409 with the url when it exists;
* ``POST /api/validate-yaml``: parse the README.md metadata with huggingface_hub's own `ModelCard`
  (400 with ``errors`` when it fails); the real hub validates against its schema server-side;
* ``POST /api/models/{repo}/preupload/{rev}``: upload mode per file: "lfs" for *.safetensors / *.bin /
  *.pt / *.png, files over 10 MB and binary samples, "regular" otherwise;
* ``POST /{repo}.git/info/lfs/objects/batch``: basic-transfer upload actions pointing at ``PUT /_lfs/{oid}``
  (a presigned-URL stand-in: no auth, sha256 checked) plus a verify action;
* ``POST /api/models/{repo}/commit/{rev}``: the NDJSON commit (header, file, lfsFile, deletedFile); LFS files
  must have been uploaded first;
* ``POST /api/models/{repo}/branch/{branch}``: create a branch from main (409 when it exists);
* ``GET /api/models/{repo}[/revision/{rev}]`` and ``GET /api/whoami-v2``.

Every ``/api`` and LFS batch call needs ``Authorization: Bearer <token>`` with the token the hub was built
with; anything else gets the 401 the real hub sends. All requests are recorded for assertions.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import threading
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import unquote, urlsplit

LFS_SUFFIXES = (".safetensors", ".bin", ".pt", ".pth", ".png", ".h5", ".onnx")
LFS_SIZE = 10 * 1024 * 1024
USER = "tester"


@dataclass
class Request:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Commit:
    oid: str
    branch: str
    summary: str
    description: str
    files: dict[str, bytes]  # path -> content, for regular and LFS files alike
    lfs_paths: list[str]


@dataclass
class Repo:
    repo_id: str
    private: bool
    branches: dict[str, list[Commit]] = field(default_factory=dict)

    def files(self, branch: str = "main") -> dict[str, bytes]:
        """The tree at the head of a branch."""
        tree: dict[str, bytes] = {}
        for commit in self.branches.get(branch, []):
            tree.update(commit.files)
        return tree


class FakeHub:
    """In-memory hub state plus the HTTP server that serves it; use as a context manager."""

    def __init__(self, token: str) -> None:
        self.token = token
        self.repos: dict[str, Repo] = {}
        self.lfs_objects: dict[str, bytes] = {}
        self.requests: list[Request] = []
        self._lock = threading.Lock()
        self._server = ThreadingHTTPServer(("127.0.0.1", 0), _make_handler(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, name="fake-hub", daemon=True
        )

    @property
    def endpoint(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def __enter__(self) -> FakeHub:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    def commits(self, repo_id: str, branch: str = "main") -> list[Commit]:
        """Commits made through the API (the initial .gitattributes commit is not listed)."""
        return [c for c in self.repos[repo_id].branches.get(branch, []) if c.summary != "initial commit"]

    # ------------------------------------------------------------------------------------------ handlers

    def handle(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict, Any]:
        """Route one request; returns (status, extra headers, JSON-able body)."""
        with self._lock:
            self.requests.append(Request(method, path, headers, body))
        if method == "PUT" and path.startswith("/_lfs/"):
            return self._lfs_put(path.rsplit("/", 1)[1], body)
        if headers.get("authorization") != f"Bearer {self.token}":
            message = "Invalid credentials in Authorization header"
            return 401, {"X-Error-Message": message}, {"error": message}
        with self._lock:
            return self._route(method, path, headers, body)

    def _route(self, method: str, path: str, headers: dict[str, str], body: bytes) -> tuple[int, dict, Any]:
        if method == "GET" and path == "/api/whoami-v2":
            return 200, {}, {"type": "user", "name": USER, "orgs": [], "auth": {"type": "access_token"}}
        if method == "POST" and path == "/api/repos/create":
            return self._create_repo(json.loads(body))
        if method == "POST" and path == "/api/validate-yaml":
            return self._validate_yaml(json.loads(body))
        if method == "POST" and (m := re.fullmatch(r"/(.+)\.git/info/lfs/objects/batch", path)):
            return self._lfs_batch(m[1], json.loads(body))
        if method == "POST" and re.fullmatch(r"/(.+)\.git/info/lfs/objects/verify", path):
            known = json.loads(body)["oid"] in self.lfs_objects
            return (200, {}, {}) if known else (404, {}, {"error": "Object not found"})
        if m := re.fullmatch(r"/api/models/([^/]+/[^/]+)(?:/(preupload|commit|branch|revision)/(.+))?", path):
            repo_id, action, rev = m[1], m[2], unquote(m[3] or "main")
            repo = self.repos.get(repo_id)
            if repo is None:
                return 404, {"X-Error-Code": "RepoNotFound"}, {"error": "Repository not found"}
            if method == "POST" and action == "branch":
                return self._create_branch(repo, rev)
            if rev not in repo.branches:
                return 404, {"X-Error-Code": "RevisionNotFound"}, {"error": f"Invalid rev id: {rev}"}
            if method == "POST" and action == "preupload":
                return self._preupload(json.loads(body))
            if method == "POST" and action == "commit":
                return self._commit(repo, rev, headers, body)
            if method == "GET" and action in (None, "revision"):
                head = repo.branches[rev][-1].oid
                siblings = [{"rfilename": name} for name in sorted(repo.files(rev))]
                return 200, {}, {"id": repo_id, "sha": head, "private": repo.private, "siblings": siblings}
        return 404, {}, {"error": f"fake hub: no route for {method} {path}"}

    def _create_repo(self, payload: dict) -> tuple[int, dict, Any]:
        repo_id = f"{payload.get('organization') or USER}/{payload['name']}"
        url = f"{self.endpoint}/{repo_id}"
        if repo_id in self.repos:
            return 409, {}, {"error": "You already created this model repo", "url": url}
        private = payload.get("visibility") == "private" or payload.get("private") is True
        initial = Commit(
            _oid("init", repo_id),
            "main",
            "initial commit",
            "",
            {".gitattributes": b"*.safetensors filter=lfs\n"},
            [],
        )
        self.repos[repo_id] = Repo(repo_id, private, {"main": [initial]})
        return 200, {}, {"url": url, "name": repo_id, "id": _oid("repo", repo_id)[:24]}

    def _create_branch(self, repo: Repo, branch: str) -> tuple[int, dict, Any]:
        if branch in repo.branches:
            return 409, {}, {"error": "Reference already exists"}
        repo.branches[branch] = list(repo.branches["main"])
        return 200, {}, {}

    def _validate_yaml(self, payload: dict) -> tuple[int, dict, Any]:
        from huggingface_hub import ModelCard

        try:
            data = ModelCard(payload["content"]).data.to_dict()
            problems = _schema_problems(data)
        except Exception as error:  # noqa: BLE001 - any parse failure is a validation error
            problems = [str(error)]
        if problems:
            return 400, {}, {"errors": [{"message": p} for p in problems], "warnings": []}
        return 200, {}, {"errors": [], "warnings": []}

    def _preupload(self, payload: dict) -> tuple[int, dict, Any]:
        files = []
        for item in payload["files"]:
            sample = base64.b64decode(item["sample"])
            lfs = item["path"].endswith(LFS_SUFFIXES) or item["size"] > LFS_SIZE or b"\x00" in sample
            files.append(
                {"path": item["path"], "uploadMode": "lfs" if lfs else "regular", "shouldIgnore": False}
            )
        return 200, {}, {"files": files, "commitOid": None}

    def _lfs_batch(self, repo_id: str, payload: dict) -> tuple[int, dict, Any]:
        if repo_id not in self.repos:
            return 404, {"X-Error-Code": "RepoNotFound"}, {"error": "Repository not found"}
        objects = []
        for obj in payload["objects"]:
            entry = {"oid": obj["oid"], "size": obj["size"], "authenticated": True}
            if obj["oid"] not in self.lfs_objects:
                entry["actions"] = {
                    "upload": {"href": f"{self.endpoint}/_lfs/{obj['oid']}"},
                    "verify": {"href": f"{self.endpoint}/{repo_id}.git/info/lfs/objects/verify"},
                }
            objects.append(entry)
        return 200, {}, {"transfer": "basic", "objects": objects}

    def _lfs_put(self, oid: str, body: bytes) -> tuple[int, dict, Any]:
        if hashlib.sha256(body).hexdigest() != oid:
            return 400, {}, {"error": "sha256 mismatch"}
        with self._lock:
            self.lfs_objects[oid] = body
        return 200, {}, {}

    def _commit(self, repo: Repo, branch: str, headers: dict[str, str], body: bytes) -> tuple[int, dict, Any]:
        if not headers.get("content-type", "").startswith("application/x-ndjson"):
            return 400, {}, {"error": "commit payload must be application/x-ndjson"}
        lines = [json.loads(line) for line in body.splitlines() if line.strip()]
        if not lines or lines[0].get("key") != "header":
            return 400, {}, {"error": "first line must be the commit header"}
        header = lines[0]["value"]
        files: dict[str, bytes] = {}
        lfs_paths: list[str] = []
        for line in lines[1:]:
            value = line["value"]
            if line["key"] == "file":
                files[value["path"]] = base64.b64decode(value["content"])
            elif line["key"] == "lfsFile":
                if value["oid"] not in self.lfs_objects:
                    return 400, {}, {"error": f"LFS object {value['oid']} was not uploaded ({value['path']})"}
                files[value["path"]] = self.lfs_objects[value["oid"]]
                lfs_paths.append(value["path"])
            elif line["key"] not in ("deletedFile", "deletedFolder"):
                return 400, {}, {"error": f"unknown commit line {line['key']!r}"}
        oid = _oid(repo.repo_id, branch, str(len(repo.branches[branch])), header["summary"])
        repo.branches[branch].append(
            Commit(oid, branch, header["summary"], header.get("description", ""), files, lfs_paths)
        )
        url = f"{self.endpoint}/{repo.repo_id}/commit/{oid}"
        return 200, {}, {"commitUrl": url, "commitOid": oid, "pullRequestUrl": None}


def _schema_problems(data: dict[str, Any]) -> list[str]:
    """The type checks the hub's metadata schema makes on the fields a model card here uses."""
    from huggingface_hub.utils import HFValidationError, validate_repo_id

    problems = []
    for key in ("license", "library_name", "pipeline_tag"):
        if key in data and not isinstance(data[key], str):
            problems.append(f'"{key}" must be a string')
    for key in ("tags", "metrics"):
        if key in data and not (isinstance(data[key], list) and all(isinstance(t, str) for t in data[key])):
            problems.append(f'"{key}" must be a list of strings')
    language = data.get("language", "en")
    if not isinstance(language, (str, list)):
        problems.append('"language" must be a string or a list of strings')
    if "base_model" in data:
        try:
            validate_repo_id(data["base_model"])
        except HFValidationError:
            problems.append(f'"base_model" is not a model id: {data["base_model"]!r}')
    return problems


def _oid(*parts: str) -> str:
    return hashlib.sha1("\0".join(parts).encode()).hexdigest()


def _make_handler(hub: FakeHub) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _read_body(self) -> bytes:
            if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
                chunks = []
                while True:
                    size = int(self.rfile.readline().split(b";")[0].strip(), 16)
                    if size == 0:
                        self.rfile.readline()
                        return b"".join(chunks)
                    chunks.append(self.rfile.read(size))
                    self.rfile.readline()
            return self.rfile.read(int(self.headers.get("Content-Length") or 0))

        def _serve(self) -> None:
            body = self._read_body()
            headers = {k.lower(): v for k, v in self.headers.items()}
            status, extra, payload = hub.handle(self.command, urlsplit(self.path).path, headers, body)
            data = json.dumps(payload).encode()
            self.send_response(status)
            self.send_header("Content-Type", "application/json")
            self.send_header("Content-Length", str(len(data)))
            for key, value in extra.items():
                self.send_header(key, value)
            self.end_headers()
            self.wfile.write(data)

        do_GET = do_POST = do_PUT = _serve

        def log_message(self, format: str, *args: Any) -> None:  # keep test output quiet
            pass

    return Handler
