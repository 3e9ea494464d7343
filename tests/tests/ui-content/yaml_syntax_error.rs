// A YAML syntax error is located in the file.
#[allow(unused_imports)]
use httpstatuses::StatusClass;

httpstatuses_macros::status_api!("yaml_syntax_error");

fn main() {
}
