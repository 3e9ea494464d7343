//! No lookup allocates: every lookup path runs under an allocator that
//! counts this thread's allocations.

use httpstatuses::{Framework, Status, StatusCode};
use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

struct CountingAllocator;

thread_local! {
    static ALLOCATIONS: Cell<usize> = const { Cell::new(0) };
}

unsafe impl GlobalAlloc for CountingAllocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        ALLOCATIONS.with(|count| count.set(count.get() + 1));
        unsafe { System.alloc(layout) }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        unsafe { System.dealloc(ptr, layout) }
    }
}

#[global_allocator]
static ALLOCATOR: CountingAllocator = CountingAllocator;

fn allocations_during(work: impl FnOnce()) -> usize {
    let before = ALLOCATIONS.with(Cell::get);
    work();
    ALLOCATIONS.with(Cell::get) - before
}

#[test]
fn lookups_do_not_allocate() {
    // Inputs are built before counting starts.
    let names: Vec<(Framework, &str)> = Framework::ALL
        .iter()
        .flat_map(|&f| {
            StatusCode::ALL
                .iter()
                .filter_map(move |s| Some((f, s.reference(f)?)))
        })
        .collect();
    let texts = [
        "204",
        "204 No Content",
        "no content",
        "299",
        "204 Nope",
        "",
        "garbage",
        "999 Custom",
    ];
    let mut sink = 0usize;
    let count = allocations_during(|| {
        for code in 0..=u16::MAX {
            if let Some(status) = StatusCode::from_code(code) {
                sink += status.title().len() + status.description().len();
                sink += usize::from(status.class().digit());
            }
            sink += Status::from_code(code).map_or(0, |s| usize::from(s.code()));
        }
        for &(framework, name) in &names {
            sink +=
                StatusCode::from_reference(framework, name).map_or(0, |s| usize::from(s.code()));
            sink += StatusCode::from_reference(framework, "http.StatusNope").map_or(0, |_| 1);
            sink += Framework::from_name(framework.name()).map_or(0, |_| 1);
        }
        for text in texts {
            sink += text
                .parse::<StatusCode>()
                .map_or(1, |s| usize::from(s.code()));
            sink += text.parse::<Status>().map_or(1, |s| usize::from(s.code()));
            sink += StatusCode::from_title(text).map_or(0, |_| 1);
        }
    });
    assert!(sink > 0);
    assert_eq!(count, 0, "lookups allocated {count} times");
    // The counter itself works.
    assert!(allocations_during(|| drop(vec![1u8; 16])) >= 1);
}
