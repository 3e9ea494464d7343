// A Markdown file whose name is not a code.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("non_numeric_md_name");

fn main() {
    let _ = StatusCode::Ok;
}
