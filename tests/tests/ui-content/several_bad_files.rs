// Three broken files and one good one: every problem is reported in one
// build, each naming its file and line, and the good file still generates.
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("several_bad_files");

fn main() {
    let _ = StatusCode::Ok;
}
