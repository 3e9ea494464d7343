// Only plain decimal literals are accepted: a suffix, hex, octal, binary,
// underscores or a float would make the same code look like something else.
use httpstatuses::http_status;

fn main() {
    let _ = http_status!(204u16);
    let _ = http_status!(0xCC);
    let _ = http_status!(0o314);
    let _ = http_status!(2_04);
    let _ = http_status!(204.0);
    let _ = http_status!('a');
}
