/**
 * A large HCL file is parsed in pieces cut between its top-level blocks; what the checks read must be exactly what the
 * parser gives for the whole file, whatever the blocks hold.
 */
import { parseHcl } from '../../lib/raw-checks/inputs/hcl';

// eslint-disable-next-line @typescript-eslint/no-require-imports
const wholeParse = (require('@cdktn/hcl2json') as { parse: (file: string, text: string) => Promise<unknown> }).parse;

/** Blocks in the shapes that could fool a cut: braces in strings, comments and heredocs, nested and dynamic blocks. */
function blocks(i: number): string {
  return `
# a comment with a brace }
resource "huaweicloud_vpcep_service" "svc_${i}" {
  name        = "svc-${i}"
  vpc_id      = var.vpc_id
  description = "a } brace and a \${var.suffix} template"
  port_mapping {
    service_port  = ${8000 + (i % 100)}
    terminal_port = 80
  }
  dynamic "port_mapping" {
    for_each = var.ports
    content {
      service_port  = port_mapping.value
      terminal_port = port_mapping.value
    }
  }
  tags = { team = "data", index = "${i}" }
}

/* a block comment
} with a brace */
locals {
  policy_${i} = <<-EOT
    {
    }
  EOT
}

variable "v_${i}" {
  default = ["10.0.${i % 250}.0/24"]
}
`;
}

describe('parseHcl on a large file', () => {
  test.each([
    ['just above one piece', 120],
    ['many pieces', 1500],
  ])('gives what the parser gives for the whole file (%s)', async (_case, count) => {
    // GIVEN a file of `count` repetitions of tricky blocks, larger than one piece
    const text = Array.from({ length: count }, (_, i) => blocks(i)).join('');
    expect(text.length).toBeGreaterThan(32 * 1024);
    // WHEN it is parsed in pieces
    const pieces = await parseHcl('main.tf', text);
    // THEN the document is the whole file's, block for block and in order
    expect(pieces).toEqual(await wholeParse('main.tf', text));
  });

  test('a syntax error is reported with the line in the whole file', async () => {
    // GIVEN a large file whose last block is broken
    const text = `${Array.from({ length: 200 }, (_, i) => blocks(i)).join('')}\nresource "x" "y" {\n  a = \n}\n`;
    const line = text.split('\n').length - 2;
    // WHEN / THEN the parser's message names the line as the file has it
    await expect(parseHcl('main.tf', text)).rejects.toThrow(new RegExp(`main\\.tf:${line}`));
  });
});
